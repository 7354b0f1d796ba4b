package org.dmp.interfaces.web.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class FirstLoginLetterTest {

  private static final String SECRET = "Xk7mPq2RtZ9wYe";

  private static LetterContent content(String firstNames, String name) {
    return new LetterContent(
        firstNames,
        name,
        "P0123456789",
        SECRET,
        "https://dmp.example.fr/dmp/",
        LocalDate.of(2026, 11, 23),
        "CPAM de Paris, accueil de la rue Lecourbe (75015)");
  }

  @Test
  void theLetterSaysWhereAndWithWhatToLogIn() throws IOException {
    String text = text(render(content("Jeanne Louise", "MARTIN")));

    assertThat(text)
        .contains("Votre dossier médical partagé est ouvert")
        .contains("P0123456789")
        .contains(SECRET)
        .contains("https://dmp.example.fr/dmp/")
        .contains("Jeanne Louise MARTIN")
        .contains("23 novembre 2026")
        .contains("CPAM de Paris")
        .contains("Ne communiquez jamais ce code")
        .contains("ne vous le demandera jamais")
        .contains("Never share this code");
  }

  @Test
  void accentsAndLigaturesOfNamesArePrinted() throws IOException {
    String text = text(render(content("Éloïse Bénédicte Lœtitia", "DUPRÉ-GARÇON")));

    assertThat(text).contains("Éloïse Bénédicte Lœtitia").contains("DUPRÉ-GARÇON");
  }

  @Test
  void charactersTheFontLacksAreReplacedNotRefused() throws IOException {
    // Ŝ (Esperanto), Ł (Polish) and a Chinese name: no WinAnsi glyph
    String text = text(render(content("Ŝtefan Łukasz 王", "KOWALSKI")));

    assertThat(text).contains("Stefan").contains("KOWALSKI");
  }

  @Test
  void aLongAddressIsWrappedOnTheOnePage() throws IOException {
    LetterContent c =
        new LetterContent(
            "Marie-Thérèse Geneviève Anne-Sophie",
            "DE LA ROCHEFOUCAULD-MONTMORENCY",
            "P9876543210",
            SECRET,
            "https://portail-dossier-medical-partage.assurance-maladie.example.fr/dmp/connexion/"
                + "premiere-connexion",
            LocalDate.of(2026, 1, 2),
            "Pharmacie de la Grande Rue et du Marché couvert, 12 avenue du Général-de-Gaulle");

    try (PDDocument pdf = Loader.loadPDF(render(c))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void oneA4Page() throws IOException {
    byte[] letter = render(content("Éloïse Bénédicte", "LŒTITIA"));
    // a sample to look at: web/target/first-login-letter.pdf
    java.nio.file.Files.write(java.nio.file.Path.of("target", "first-login-letter.pdf"), letter);
    try (PDDocument pdf = Loader.loadPDF(letter)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      PDPage page = pdf.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
    }
  }

  @Test
  void readableSizes() {
    assertThat(FirstLoginLetter.BODY).isGreaterThanOrEqualTo(12f);
    assertThat(FirstLoginLetter.CODE).isGreaterThanOrEqualTo(16f);
  }

  @Test
  void noBreakSpacesAreDrawnAsSpaces() {
    var helvetica = new PDType1Font(FontName.HELVETICA);

    assertThat(PdfText.encodable(helvetica, "code\u202F; à\u00A0: œ €"))
        .isEqualTo("code ; à : œ €");
  }

  @Test
  void theSecretStaysOutOfToString() {
    assertThat(content("Jeanne", "MARTIN").toString()).doesNotContain(SECRET);
  }

  private static byte[] render(LetterContent content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FirstLoginLetter.render(content, out);
    return out.toByteArray();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }
  }
}

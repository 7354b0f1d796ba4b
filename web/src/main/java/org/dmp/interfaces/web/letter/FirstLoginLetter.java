package org.dmp.interfaces.web.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The patient's first-login letter: one A4 page, French then English, printed at the counter as
 * soon as the record is opened. The login and the one-time secret stand apart in a frame, in a
 * large monospace type; the body is at least 12 pt, for readers of every age. Nothing is kept: the
 * secret exists in clear only in this letter.
 *
 * <p>A page streams it with {@code render(content, response.getOutputStream())} as {@code
 * application/pdf}.
 */
public final class FirstLoginLetter {

  /** The letter's media type. */
  public static final String MEDIA_TYPE = "application/pdf";

  static final float BODY = 12.5f;
  static final float CODE = 20f;
  private static final float TITLE = 20f;
  private static final float MARGIN = 56f; // 2 cm
  private static final float LEADING = 1.3f;
  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private FirstLoginLetter() {}

  /** Writes the letter as PDF to {@code out} (left open). */
  public static void render(LetterContent content, OutputStream out) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle("Votre dossier médical partagé est ouvert");
      info.setCreator("DMP");
      try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
        new Writer(s, page.getMediaBox()).letter(content);
      }
      pdf.save(out);
    }
  }

  /** Lays the letter out from the top of the page down. */
  private static final class Writer {

    private final PDFont regular = new PDType1Font(FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDFont mono = new PDType1Font(FontName.COURIER_BOLD);
    private final PDPageContentStream s;
    private final float left;
    private final float width;
    private float y;

    Writer(PDPageContentStream s, PDRectangle box) {
      this.s = s;
      this.left = MARGIN;
      this.width = box.getWidth() - 2 * MARGIN;
      this.y = box.getHeight() - MARGIN;
    }

    void letter(LetterContent c) throws IOException {
      String who = (c.firstNames() + " " + c.name()).strip();
      small(
          "Dossier médical partagé (DMP) · ouvert le "
              + FRENCH_DATE.format(c.date())
              + (c.openedBy().isEmpty() ? "" : " par\u00A0: " + c.openedBy()));
      gap(10);
      paragraph(bold, TITLE, "Votre dossier médical partagé est ouvert");
      gap(6);
      if (!who.isEmpty()) {
        paragraph(bold, BODY, who);
        gap(4);
      }
      paragraph(
          regular,
          BODY,
          "Votre dossier médical partagé vient d’être ouvert avec votre accord. Voici de quoi"
              + " vous connecter la première fois.");
      gap(8);
      codes(c);
      gap(10);
      paragraph(bold, BODY, "Pour vous connecter");
      item("1.", "Allez sur\u00A0: " + c.portalUrl());
      item("2.", "Saisissez votre identifiant et ce code secret provisoire.");
      item(
          "3.",
          "Vous recevez alors un code à usage unique par courriel ou par SMS\u00A0: saisissez-le."
              + " Un tel code vous est envoyé à chaque connexion.");
      item(
          "4.",
          "À la première connexion, choisissez votre propre mot de passe. Le code secret"
              + " provisoire ne fonctionne qu’une seule fois.");
      gap(6);
      paragraph(bold, BODY, "Vous avez perdu ce courrier ou le code ne fonctionne pas\u00A0?");
      paragraph(
          regular,
          BODY,
          "Rendez-vous à un accueil de l’Assurance Maladie ou en pharmacie, ou appelez le 3646,"
              + " pour recevoir de nouveaux identifiants.");
      gap(6);
      paragraph(
          bold,
          BODY,
          "Ne communiquez jamais ce code\u202F; l’Assurance Maladie ne vous le demandera jamais.");
      gap(10);
      rule();
      gap(8);
      paragraph(bold, BODY, "In English: your shared medical record is open");
      paragraph(
          regular,
          BODY,
          "Opened on "
              + ENGLISH_DATE.format(c.date())
              + ". To log in, go to "
              + c.portalUrl()
              + " and enter your login ID and the one-time secret above. You then receive a"
              + " one-time code by e-mail or text message, at every login. At your first login you"
              + " choose your own password: the secret works only once. Lost this letter? Go to a"
              + " health-insurance counter or a pharmacy, or call 3646.");
      paragraph(bold, BODY, "Never share this code: the health insurer will never ask you for it.");
    }

    /** The login and the secret, each on its own line, in a frame. */
    private void codes(LetterContent c) throws IOException {
      float pad = 10;
      float labelLeading = BODY * LEADING;
      float codeLeading = CODE * 1.25f;
      float height = 2 * (labelLeading + codeLeading) + 6 + 2 * pad;
      s.setLineWidth(1.5f);
      s.addRect(left, y - height, width, height);
      s.stroke();
      y -= pad;
      code("Identifiant de connexion / Login ID", c.login());
      y -= 6;
      code("Code secret provisoire, à usage unique / One-time secret", c.initialSecret());
      y -= pad;
    }

    private void code(String label, String value) throws IOException {
      y -= BODY;
      text(regular, BODY, left + 12, y, label);
      y -= BODY * (LEADING - 1) + CODE;
      text(mono, CODE, left + 24, y, value);
      y -= CODE * 0.25f;
    }

    private void item(String number, String text) throws IOException {
      float indent = 20;
      List<String> lines = PdfText.lines(regular, BODY, text, width - indent);
      for (int i = 0; i < lines.size(); i++) {
        y -= BODY * LEADING;
        if (i == 0) {
          text(regular, BODY, left, y, number);
        }
        text(regular, BODY, left + indent, y, lines.get(i));
      }
    }

    private void paragraph(PDFont font, float size, String text) throws IOException {
      for (String line : PdfText.lines(font, size, text, width)) {
        y -= size * LEADING;
        text(font, size, left, y, line);
      }
    }

    /** The top line, at body size too: everything on the letter is readable. */
    private void small(String text) throws IOException {
      paragraph(regular, BODY, text);
    }

    private void rule() throws IOException {
      s.setLineWidth(0.75f);
      s.moveTo(left, y);
      s.lineTo(left + width, y);
      s.stroke();
    }

    private void gap(float points) {
      y -= points;
    }

    private void text(PDFont font, float size, float x, float baseline, String text)
        throws IOException {
      if (baseline < MARGIN / 2) {
        throw new IllegalStateException("The first-login letter runs off its page");
      }
      s.beginText();
      s.setFont(font, size);
      s.newLineAtOffset(x, baseline);
      s.showText(PdfText.encodable(font, text));
      s.endText();
    }
  }
}

package org.dmp.it.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.support.ui.Select;

/**
 * What a counter agent does in the browser, for the tests that need a record opened at a counter:
 * find a patient (the fixtures' identity), open the record with consent, print the first-login
 * letter and read it (PDFBox) as the patient will.
 */
public final class CounterDesk {

  private static final Pattern LOGIN = Pattern.compile("\\b[PR][0-9]{10}\\b");
  private static final Pattern SECRET =
      Pattern.compile("One-time secret\\s+([A-HJ-NP-Za-km-z2-9]{14})\\b");

  /** What a first-login letter says: its login and one-time secret. */
  public record Letter(String login, String secret) {}

  private CounterDesk() {}

  public static void logOut(Browser browser) {
    browser.press("logout");
    browser.waitForPage("/connexion.xhtml", java.time.Duration.ofSeconds(20));
  }

  public static void search(Browser browser, String nir) {
    browser.open("/guichet/recherche.xhtml");
    browser
        .type("search:nir", nir)
        .type("search:birthName", "MARTIN")
        .type("search:firstNames", "Jeanne Louise")
        .type("search:birthDate", "14/03/1948");
    new Select(browser.element("search:sex")).selectByValue("F");
    browser.click("search:submit");
  }

  public static Browser fillOpening(
      Browser browser, String email, boolean consent, boolean identity) {
    if (browser.element("opening:consent").isSelected() != consent) {
      browser.press("opening:consent");
    }
    if (browser.element("opening:identity").isSelected() != identity) {
      browser.press("opening:identity");
    }
    return browser.type("opening:email", email);
  }

  /** Opens a record at the counter; the browser stays on its page. */
  public static Letter openRecord(Browser browser, String nir, String email) throws IOException {
    search(browser, nir);
    fillOpening(browser, email, true, true).click("opening:submit");
    assertThat(browser.path()).isEqualTo("/dmp/guichet/dossier.xhtml");
    return letter(browser, browser.element("print-letter-0").getAttribute("href"));
  }

  /** Fetches the letter's PDF as the browser would (its session), and reads it. */
  public static Letter letter(Browser browser, String href) throws IOException {
    Object fetched =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s +="
                    + " String.fromCharCode(x)); done([r.status, r.headers.get('Content-Type'),"
                    + " r.headers.get('Content-Disposition'), btoa(s)]); }));",
                href);
    List<?> answer = (List<?>) fetched;
    assertThat(answer.get(0)).isEqualTo(200L);
    assertThat(answer.get(1)).isEqualTo("application/pdf");
    assertThat((String) answer.get(2)).startsWith("inline");
    byte[] pdf = Base64.getDecoder().decode((String) answer.get(3));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      Matcher login = LOGIN.matcher(text);
      Matcher secret = SECRET.matcher(text);
      assertThat(login.find()).as("a login in %s", text).isTrue();
      assertThat(secret.find()).as("a secret in %s", text).isTrue();
      return new Letter(login.group(), secret.group(1));
    }
  }
}

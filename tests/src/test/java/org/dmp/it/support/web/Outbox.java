package org.dmp.it.support.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The development outbox page, read as a person reads their mail: the latest message to an address
 * and the six-digit code in it. Opened in the same browser (the page is public), so the person's
 * session goes on afterwards.
 */
public final class Outbox {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private Outbox() {}

  /** The code of the latest message to {@code recipient}; the browser stays on the outbox. */
  public static String latestCode(Browser browser, String recipient) {
    browser.open("/dev/boite-d-envoi.xhtml");
    browser.screenshot("boite-d-envoi");
    for (WebElement row : browser.all(By.cssSelector("#outbox tbody tr"))) {
      if (row.findElement(By.className("recipient")).getText().equals(recipient)) {
        Matcher m = CODE.matcher(row.findElement(By.className("message")).getText());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    throw new AssertionError("no code sent to " + recipient + " in the outbox");
  }
}

package org.dmp.interfaces.web.letter;

import java.time.LocalDate;
import java.util.Objects;
import org.dmp.application.record.FirstLogin;
import org.dmp.application.record.RecordView;

/**
 * What a first-login letter says: to whom (first names and the name they use, else their birth
 * name), the login and the one-time initial secret, where to log in, when and by whom the record
 * was opened (the counter or the pharmacy, as the patient will recognise it).
 */
public record LetterContent(
    String firstNames,
    String name,
    String login,
    String initialSecret,
    String portalUrl,
    LocalDate date,
    String openedBy) {

  /**
   * The server's setting for the portal's address ({@code DMP_PORTAL_URL}, config/cli/soap.cli).
   */
  public static final String PORTAL_URL_PROPERTY = "dmp.portal.url";

  /** The address used when the server names none (a development server). */
  public static final String DEFAULT_PORTAL_URL = "https://127.0.0.1:8443/dmp/";

  public LetterContent {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(initialSecret, "initialSecret");
    Objects.requireNonNull(portalUrl, "portalUrl");
    Objects.requireNonNull(date, "date");
    firstNames = firstNames == null ? "" : firstNames.strip();
    name = name == null ? "" : name.strip();
    openedBy = openedBy == null ? "" : openedBy.strip();
  }

  /**
   * The letter of a record just opened ({@code Records.openWithFirstLogin}), with the server's
   * portal address: the used name if the patient has one, else the birth name.
   *
   * @param openedBy the counter or pharmacy, as printed (e.g. "CPAM de Paris, accueil Paris 11e")
   */
  public static LetterContent of(
      RecordView record, FirstLogin firstLogin, LocalDate date, String openedBy) {
    String used = record.usedName();
    return new LetterContent(
        record.firstNames(),
        used == null || used.isBlank() ? record.birthName() : used,
        firstLogin.login(),
        firstLogin.initialSecret(),
        configuredPortalUrl(),
        date,
        openedBy);
  }

  /** The portal's address as the server is configured ({@value #PORTAL_URL_PROPERTY}). */
  public static String configuredPortalUrl() {
    return System.getProperty(PORTAL_URL_PROPERTY, DEFAULT_PORTAL_URL);
  }

  /** The secret stays out of logs. */
  @Override
  public String toString() {
    return "LetterContent[" + login + ", secret hidden, " + date + "]";
  }
}

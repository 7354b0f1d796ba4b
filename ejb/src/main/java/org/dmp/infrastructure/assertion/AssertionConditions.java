package org.dmp.infrastructure.assertion;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.w3c.dom.Element;

/** The checks of an assertion's envelope: who issued it, when it is valid, whom it is for. */
final class AssertionConditions {

  private AssertionConditions() {}

  /**
   * The Issuer is the DN of the signing certificate (CI-SIS), which here is the organisation's
   * certificate. Compared as a set of RDNs: generators write the DN in either order (OpenSSL's
   * {@code C=FR, …, CN=…} or RFC 2253's {@code CN=…, …, C=FR}), and .NET writes {@code S=} for
   * {@code ST=}.
   */
  static void requireIssuer(Element assertion, X509Certificate organisation) {
    Element issuer = Dom.child(assertion, Vihf.SAML, "Issuer");
    String format = Dom.attribute(issuer, "Format");
    String dn = Dom.text(issuer);
    if (dn == null || (format != null && !format.equals(Vihf.X509_SUBJECT_NAME))) {
      throw issuer(
          "Issuer absent ou d'un autre format que X509SubjectName",
          "Issuer missing or of another format than X509SubjectName");
    }
    if (!rdns(dn).equals(rdns(organisation.getSubjectX500Principal().getName()))) {
      throw issuer(
          "Issuer « " + dn + " » n'est pas le sujet du certificat de la structure",
          "Issuer '" + dn + "' is not the subject of the organisation's certificate");
    }
  }

  private static List<String> rdns(String dn) {
    try {
      String canonical =
          new X500Principal(dn, Map.of("S", "2.5.4.8", "E", "1.2.840.113549.1.9.1"))
              .getName(X500Principal.CANONICAL);
      return new LdapName(canonical).getRdns().stream().map(Rdn::toString).sorted().toList();
    } catch (IllegalArgumentException | InvalidNameException e) {
      throw issuer(
          "Issuer « " + dn + " » n'est pas un DN lisible",
          "Issuer '" + dn + "' is not a readable DN");
    }
  }

  private static InvalidAssertionException issuer(String french, String english) {
    return new InvalidAssertionException(InvalidAssertionException.ISSUER, french, english);
  }

  /**
   * Valid now, give or take {@code skew}, and for no longer than {@code maxLifetime}. NotBefore and
   * NotOnOrAfter are optional in the VIHF: without them, the window opens at IssueInstant and lasts
   * {@code maxLifetime}.
   */
  static void requireValidity(Element assertion, Instant now, Duration skew, Duration maxLifetime) {
    window(assertion, maxLifetime).require(now, skew, maxLifetime);
  }

  /** The validity window the assertion states (see {@link #requireValidity}). */
  static Window window(Element assertion, Duration maxLifetime) {
    Instant issued = instant(assertion, "IssueInstant");
    if (issued == null) {
      throw InvalidAssertionException.malformed("IssueInstant absent", "IssueInstant missing");
    }
    Element conditions = Dom.child(assertion, Vihf.SAML, "Conditions");
    Instant notBefore = instant(conditions, "NotBefore");
    Instant notOnOrAfter = instant(conditions, "NotOnOrAfter");
    return new Window(
        issued,
        notBefore == null ? issued : notBefore,
        notOnOrAfter == null ? issued.plus(maxLifetime) : notOnOrAfter);
  }

  /**
   * When an assertion is valid: from {@code start} (not before {@code issued}) until {@code end}.
   */
  record Window(Instant issued, Instant start, Instant end) {

    void require(Instant now, Duration skew, Duration maxLifetime) {
      if (now.plus(skew).isBefore(issued) || now.plus(skew).isBefore(start)) {
        throw new InvalidAssertionException(
            InvalidAssertionException.NOT_YET_VALID,
            "assertion valide à partir de " + start + " seulement (heure du serveur : " + now + ")",
            "assertion valid from " + start + " only (server time: " + now + ")");
      }
      if (!now.minus(skew).isBefore(end)) {
        throw new InvalidAssertionException(
            InvalidAssertionException.EXPIRED,
            "assertion expirée depuis " + end + " (heure du serveur : " + now + ")",
            "assertion expired at " + end + " (server time: " + now + ")");
      }
      if (Duration.between(start, end).compareTo(maxLifetime) > 0) {
        throw new InvalidAssertionException(
            InvalidAssertionException.LIFETIME,
            "assertion valide plus de " + maxLifetime + " : émettez-en une plus courte",
            "assertion valid for more than " + maxLifetime + ": issue a shorter one");
      }
    }
  }

  /** An xs:dateTime; SAML says UTC, so a time without zone is read as UTC. */
  private static Instant instant(Element element, String name) {
    String value = Dom.attribute(element, name);
    if (value == null) {
      return null;
    }
    try {
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              value, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime o
          ? o.toInstant()
          : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw InvalidAssertionException.malformed(
          name + " « " + value + " » n'est pas une date xs:dateTime",
          name + " '" + value + "' is not an xs:dateTime");
    }
  }

  /**
   * Every AudienceRestriction must name this server (SAML: restrictions add up, audiences within
   * one are alternatives). Without any, the assertion is refused unless {@code required} is off:
   * the CI-SIS tells generators to leave AudienceRestriction out.
   */
  static void requireAudience(Element assertion, String audience, boolean required) {
    Element conditions = Dom.child(assertion, Vihf.SAML, "Conditions");
    List<Element> restrictions =
        conditions == null ? List.of() : Dom.children(conditions, Vihf.SAML, "AudienceRestriction");
    if (restrictions.isEmpty() && required) {
      throw audience(
          "Conditions/AudienceRestriction/Audience « " + audience + " » attendu",
          "Conditions/AudienceRestriction/Audience '" + audience + "' expected");
    }
    for (Element restriction : restrictions) {
      boolean named =
          Dom.children(restriction, Vihf.SAML, "Audience").stream()
              .anyMatch(a -> audience.equals(Dom.text(a)));
      if (!named) {
        throw audience(
            "l'assertion n'est pas destinée à ce serveur (Audience « " + audience + " » attendue)",
            "the assertion is not for this server (Audience '" + audience + "' expected)");
      }
    }
  }

  private static InvalidAssertionException audience(String french, String english) {
    return new InvalidAssertionException(InvalidAssertionException.AUDIENCE, french, english);
  }
}

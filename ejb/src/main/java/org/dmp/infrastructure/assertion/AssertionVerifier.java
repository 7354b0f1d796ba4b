package org.dmp.infrastructure.assertion;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.w3c.dom.Element;

/**
 * Checks a professional's SAML 2.0 assertion (VIHF) and says whom it vouches for: signed by the
 * organisation that authenticated over TLS, valid now, addressed to this server, complete. Plain
 * Java, thread-safe, no server needed.
 *
 * <p>Settings, from system properties (WildFly: {@code <system-properties>}) or {@link Settings}:
 *
 * <ul>
 *   <li>{@code dmp.saml.audience}, default {@value #DEFAULT_AUDIENCE}: the Audience this server
 *       answers to; {@code urn:dmp} is the resource URN the VIHF already names (Ressource_URN).
 *   <li>{@code dmp.saml.audience.required}, default {@code true}: refuse assertions without
 *       AudienceRestriction. The CI-SIS tells generators to leave it out; set {@code false} to
 *       accept those (an AudienceRestriction present must still name this server).
 *   <li>{@code dmp.saml.clock-skew}, default {@code PT60S}: tolerance on NotBefore/NotOnOrAfter.
 *   <li>{@code dmp.saml.max-lifetime}, default {@code PT24H}: the longest validity accepted.
 * </ul>
 */
public final class AssertionVerifier {

  public static final String DEFAULT_AUDIENCE = "urn:dmp";

  /** What the verifier accepts. */
  public record Settings(
      String audience, boolean audienceRequired, Duration clockSkew, Duration maxLifetime) {

    public static Settings defaults() {
      return new Settings(DEFAULT_AUDIENCE, true, Duration.ofSeconds(60), Duration.ofHours(24));
    }

    /** The defaults, overridden by the {@code dmp.saml.*} system properties; bad values fail. */
    public static Settings fromSystemProperties() {
      Settings d = defaults();
      return new Settings(
          System.getProperty("dmp.saml.audience", d.audience()),
          Boolean.parseBoolean(
              System.getProperty("dmp.saml.audience.required", "" + d.audienceRequired())),
          duration("dmp.saml.clock-skew", d.clockSkew()),
          duration("dmp.saml.max-lifetime", d.maxLifetime()));
    }

    private static Duration duration(String property, Duration fallback) {
      String value = System.getProperty(property);
      try {
        return value == null ? fallback : Duration.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(property + " must be an ISO-8601 duration: " + value, e);
      }
    }
  }

  /** Enough for every professional of a few thousand organisations within an assertion's life. */
  private static final int CACHE_CAPACITY = 20_000;

  private final Settings settings;
  private final VerifiedAssertions verified = new VerifiedAssertions(CACHE_CAPACITY);

  public AssertionVerifier(Settings settings) {
    this.settings = settings;
  }

  public AssertionVerifier() {
    this(Settings.fromSystemProperties());
  }

  /**
   * Verifies the assertion and reads the professional from it.
   *
   * @param assertion the {@code saml2:Assertion} element, in any DOM (SAAJ's included): it is
   *     checked on a fresh, securely parsed copy, in its namespace context
   * @param organisationCertificate the TLS client certificate of the calling organisation
   * @param now the current time
   * @throws InvalidAssertionException whatever is wrong, with a stable code; nothing is returned
   *     from an assertion that failed any check
   */
  public AssertedProfessional verify(
      Element assertion, X509Certificate organisationCertificate, Instant now) {
    if (assertion == null) {
      throw new InvalidAssertionException(
          InvalidAssertionException.MISSING,
          "assertion SAML (VIHF) absente de l'en-tête WS-Security",
          "SAML assertion (VIHF) missing from the WS-Security header");
    }
    if (organisationCertificate == null) {
      throw new InvalidAssertionException(
          InvalidAssertionException.MISSING,
          "aucun certificat client TLS : la structure doit s'authentifier par certificat",
          "no TLS client certificate: the organisation must authenticate with its certificate");
    }
    String key = VerifiedAssertions.key(assertion, organisationCertificate);
    VerifiedAssertions.Verified known = verified.get(key, now);
    if (known == null) {
      known =
          verifyCopy(
              SecureXml.parse(SecureXml.standalone(assertion)).getDocumentElement(),
              organisationCertificate);
      verified.put(key, known);
    }
    known.window().require(now, settings.clockSkew(), settings.maxLifetime());
    return known.professional();
  }

  /**
   * Verifies an assertion received as its own XML document (the REST API's {@code Authorization:
   * Bearer} header, decoded): parsed with the same hardened parser (no DTD, no external entity),
   * then checked as above.
   */
  public AssertedProfessional verify(
      byte[] assertionXml, X509Certificate organisationCertificate, Instant now) {
    return verify(SecureXml.parse(assertionXml).getDocumentElement(), organisationCertificate, now);
  }

  /** Every check but time, on the securely parsed copy. */
  private VerifiedAssertions.Verified verifyCopy(
      Element copy, X509Certificate organisationCertificate) {
    requireSamlAssertion(copy);
    AssertionSignature.verify(copy, organisationCertificate);
    // only signed content from here on: the copy was verified as a whole
    AssertionConditions.requireIssuer(copy, organisationCertificate);
    AssertionConditions.Window window = AssertionConditions.window(copy, settings.maxLifetime());
    AssertionConditions.requireAudience(copy, settings.audience(), settings.audienceRequired());
    return new VerifiedAssertions.Verified(window, VihfAttributes.read(copy));
  }

  private static void requireSamlAssertion(Element assertion) {
    boolean saml =
        Vihf.SAML.equals(assertion.getNamespaceURI())
            && "Assertion".equals(assertion.getLocalName())
            && "2.0".equals(Dom.attribute(assertion, "Version"));
    String id = Dom.attribute(assertion, "ID");
    if (!saml || id == null || !id.equals(assertion.getAttributeNS(null, "ID"))) {
      throw InvalidAssertionException.malformed(
          "saml2:Assertion Version=\"2.0\" avec un attribut ID attendue",
          "a saml2:Assertion Version=\"2.0\" with an ID attribute is expected");
    }
  }
}

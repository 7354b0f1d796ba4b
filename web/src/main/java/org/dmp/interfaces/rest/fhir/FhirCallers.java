package org.dmp.interfaces.rest.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.infrastructure.assertion.AssertionVerifier;
import org.dmp.infrastructure.assertion.InvalidAssertionException;

/**
 * The professional an institution's request acts for: the VIHF (the same signed SAML 2.0 assertion
 * as the SOAP services', signed with the key of the TLS client certificate the organisation
 * authenticated with), sent base64url-encoded as a bearer token, {@code Authorization: Bearer
 * <assertion>}, as IHE IUA's SAML token option does. Checked on every request (a cache keeps a
 * verified assertion until it expires); any failure is a 401 with the reason.
 */
@ApplicationScoped
public class FhirCallers {

  static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
  private static final String BEARER = "bearer ";

  private final AssertionVerifier verifier = new AssertionVerifier();

  /** The caller of this request, on the REST channel. */
  public Caller of(HttpServletRequest request) {
    X509Certificate certificate = certificate(request);
    requireAuthenticatedBy(request, certificate);
    // the system's time, not the server's clock: an assertion is signed with the time of the
    // world outside, which a clock offset set for a rehearsal (clock.cli) must not make expire
    return verifier.verify(assertion(request), certificate, Instant.now()).toCaller(Channel.REST);
  }

  /**
   * The account the container authenticated must be the certificate's own (its CN): the web module
   * also takes passwords (for people, on the pages), and an assertion signed by one organisation
   * must never be acted on under another organisation's account.
   */
  private static void requireAuthenticatedBy(
      HttpServletRequest request, X509Certificate certificate) {
    String login = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    if (certificate == null
        || !HttpServletRequest.CLIENT_CERT_AUTH.equals(request.getAuthType())
        || login == null
        || !login.equals(commonName(certificate))) {
      throw new InvalidAssertionException(
          InvalidAssertionException.CERTIFICATE,
          "la structure doit s'authentifier par son certificat client TLS (pas par mot de passe)",
          "the organisation must authenticate with its TLS client certificate (not a password)");
    }
  }

  private static String commonName(X509Certificate certificate) {
    try {
      for (javax.naming.ldap.Rdn rdn :
          new javax.naming.ldap.LdapName(certificate.getSubjectX500Principal().getName())
              .getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          return rdn.getValue().toString();
        }
      }
    } catch (javax.naming.InvalidNameException e) {
      return null;
    }
    return null;
  }

  private static byte[] assertion(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new InvalidAssertionException(
          InvalidAssertionException.MISSING,
          "en-tête « Authorization: Bearer <VIHF en base64url> » absent : il nomme le"
              + " professionnel pour qui la structure agit",
          "\"Authorization: Bearer <base64url VIHF>\" header missing: it names the professional"
              + " the organisation acts for");
    }
    String token = header.substring(BEARER.length()).strip();
    try {
      // base64url as IUA says; plain base64 accepted too (its + and / only differ)
      return Base64.getUrlDecoder().decode(token.replace('+', '-').replace('/', '_'));
    } catch (IllegalArgumentException e) {
      throw InvalidAssertionException.malformed(
          "jeton Bearer : base64url illisible", "Bearer token: unreadable base64url");
    }
  }

  private static X509Certificate certificate(HttpServletRequest request) {
    return request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain
            && chain.length > 0
        ? chain[0]
        : null;
  }
}

package org.dmp.infrastructure.assertion;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.keyinfo.X509Data;

/**
 * The certificate the organisation presented on the TLS connection is the one that must have signed
 * the assertion: the same organisation authenticates the connection and vouches for the
 * professional. Its key is the only one signatures are verified with, whatever KeyInfo says.
 */
final class OrganisationCertificate {

  private OrganisationCertificate() {}

  /** KeyInfo must name the certificate the organisation authenticated with over TLS. */
  static void requireNamed(XMLSignature signature, X509Certificate organisation) {
    boolean named = false;
    if (signature.getKeyInfo() != null) {
      for (Object item : signature.getKeyInfo().getContent()) {
        if (item instanceof X509Data data) {
          named |= data.getContent().stream().anyMatch(organisation::equals);
        }
      }
    }
    if (!named) {
      throw new InvalidAssertionException(
          InvalidAssertionException.CERTIFICATE,
          "le certificat de KeyInfo/X509Data n'est pas le certificat client TLS de la structure",
          "the certificate in KeyInfo/X509Data is not the organisation's TLS client certificate");
    }
  }

  /** The organisation's key, if strong enough: RSA of 2048 bits or more, or EC of 256 or more. */
  static PublicKey key(X509Certificate organisation) {
    PublicKey key = organisation.getPublicKey();
    boolean strong =
        (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048)
            || (key instanceof ECPublicKey ec && ec.getParams().getOrder().bitLength() >= 256);
    if (!strong) {
      throw new InvalidAssertionException(
          InvalidAssertionException.CERTIFICATE,
          "clé du certificat trop faible : RSA 2048 bits ou EC 256 bits au moins",
          "certificate key too weak: at least RSA 2048 bits or EC 256 bits");
    }
    return key;
  }
}

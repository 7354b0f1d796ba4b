package org.dmp.infrastructure.assertion;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Where a SOAP message carries the VIHF: the one saml2:Assertion directly inside the one
 * wsse:Security header. Strict on purpose: a second Security header or a second assertion is
 * refused rather than chosen from, which is what signature-wrapping attacks rely on.
 */
public final class WsSecurityHeader {

  private WsSecurityHeader() {}

  /** The one saml2:Assertion directly in the one wsse:Security header of a SOAP Header element. */
  public static Element assertion(Element soapHeader) {
    return assertion(
        soapHeader == null ? List.of() : Dom.children(soapHeader, Vihf.WSSE, "Security"));
  }

  /** The one saml2:Assertion directly in the one wsse:Security header. */
  public static Element assertion(List<Element> securities) {
    if (securities.isEmpty()) {
      throw new InvalidAssertionException(
          InvalidAssertionException.MISSING,
          "en-tête wsse:Security (" + Vihf.WSSE + ") absent",
          "wsse:Security header (" + Vihf.WSSE + ") missing");
    }
    if (securities.size() > 1) {
      throw InvalidAssertionException.malformed(
          "un seul en-tête wsse:Security attendu", "a single wsse:Security header expected");
    }
    List<Element> assertions = Dom.children(securities.get(0), Vihf.SAML, "Assertion");
    if (assertions.size() > 1) {
      throw InvalidAssertionException.malformed(
          "une seule saml2:Assertion attendue dans wsse:Security",
          "a single saml2:Assertion expected in wsse:Security");
    }
    return assertions.isEmpty() ? null : assertions.get(0);
  }
}

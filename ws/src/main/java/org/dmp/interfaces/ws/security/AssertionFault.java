package org.dmp.interfaces.ws.security;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.Soap12;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapVersion;
import org.dmp.infrastructure.assertion.*;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP fault for a refused assertion: Sender (SOAP 1.1: Client), the stable code as subcode
 * (SOAP 1.2) and in the detail, the reason in French then English.
 *
 * <p>The detail is the {@code DmpFault} element of the patients WSDL ({@code code}, {@code
 * message}), so that clients generated from it get a typed fault; XDS clients read it from the SOAP
 * fault.
 */
final class AssertionFault {

  /** The namespace of the patients service's {@code DmpFault} element. */
  static final String NAMESPACE = "urn:dmp:patients:2026:1";

  private AssertionFault() {}

  static SoapFault of(InvalidAssertionException refusal, SoapVersion version) {
    String reason = refusal.french() + " / " + refusal.english();
    SoapFault fault = new SoapFault("", version.getSender());
    // set as is: the constructor's message is a MessageFormat pattern, French apostrophes and all
    fault.setMessage(reason);
    fault.setLang("fr");
    if (version == Soap12.getInstance()) {
      fault.setSubCode(new QName(NAMESPACE, refusal.code(), "dmp"));
    }
    Element detail = fault.getOrCreateDetail();
    Document document = detail.getOwnerDocument();
    Element dmp = document.createElementNS(NAMESPACE, "dmp:DmpFault");
    dmp.appendChild(text(document, "code", refusal.code()));
    dmp.appendChild(text(document, "message", reason));
    detail.appendChild(dmp);
    return fault;
  }

  private static Element text(Document document, String name, String value) {
    Element e = document.createElementNS(NAMESPACE, "dmp:" + name);
    e.setTextContent(value);
    return e;
  }
}

package org.dmp.interfaces.ws.security;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Locale;
import javax.xml.namespace.QName;

/**
 * The SOAP fault for a refused assertion: Sender (SOAP 1.1: Client), the stable code as subcode and
 * in the detail, the reason in French then English.
 *
 * <p>The detail is the {@code DmpFault} element of the patients WSDL ({@code code}, {@code
 * message}), so that clients generated from it get a typed fault; the XDS clients read it from the
 * SOAP fault. Apache CXF, when it turns a handler's fault into its own, keeps the code, the first
 * reason text and the detail, but drops subcodes: the detail is what clients should read.
 */
final class AssertionFault {

  /** The namespace of the patients service's {@code DmpFault} element. */
  static final String NAMESPACE = "urn:dmp:patients:2026:1";

  private AssertionFault() {}

  static SOAPFaultException of(InvalidAssertionException refusal, boolean soap12) {
    String reason = refusal.french() + " / " + refusal.english();
    try {
      SOAPFault fault =
          SOAPFactory.newInstance(
                  soap12 ? SOAPConstants.SOAP_1_2_PROTOCOL : SOAPConstants.SOAP_1_1_PROTOCOL)
              .createFault();
      if (soap12) {
        fault.setFaultCode(SOAPConstants.SOAP_SENDER_FAULT);
        fault.appendFaultSubcode(new QName(NAMESPACE, refusal.code(), "dmp"));
        fault.addFaultReasonText(reason, Locale.FRENCH);
      } else {
        fault.setFaultCode(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client", "soap"));
        fault.setFaultString(reason, Locale.FRENCH);
      }
      SOAPElement detail = fault.addDetail().addChildElement("DmpFault", "dmp", NAMESPACE);
      detail.addChildElement("code", "dmp", NAMESPACE).addTextNode(refusal.code());
      detail.addChildElement("message", "dmp", NAMESPACE).addTextNode(reason);
      return new SOAPFaultException(fault);
    } catch (SOAPException e) {
      // the refusal still stands: a fault without detail is better than letting the call through
      throw new IllegalStateException(refusal.code() + ": " + reason, e);
    }
  }
}

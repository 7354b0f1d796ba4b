package org.dmp.interfaces.ws.transport;

import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.dmp.interfaces.ws.contract.patients.DmpFault_Exception;

/**
 * Makes every fault caused by the request say so, in words a client can act on. CXF gave some of
 * them the Receiver code (a {@code DmpFault} refusing an invalid NIR, bytes that are not UTF-8),
 * and its own parsing faults (a DTD, too deep a nesting, an unknown element) speak English with the
 * parser's class names. Here:
 *
 * <ul>
 *   <li>a fault caused by the request has the Sender code (SOAP 1.1: Client): the request's XML
 *       could not be read, or the DMP refused it ({@code DmpFault} but {@code INTERNAL_ERROR});
 *   <li>the text of CXF's own faults is put in French then English, without class names.
 * </ul>
 *
 * <p>The HTTP status of a fault stays 500, as WS-I Basic Profile (R1126) requires and as deployed
 * SOAP stacks expect: a CXF or .NET client given a 400 reports a transport error instead of the
 * fault. Runs first in the fault chain (SETUP), before the fault is written.
 */
public class SenderFaults extends AbstractSoapInterceptor {

  /** The namespace of the DMP's own fault subcodes and details (assertion faults). */
  private static final String DMP = "urn:dmp:patients:2026:1";

  /** A qualified Java class name of an exception, as parsers put them in their messages. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\[?(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\]?:?\\s*");

  public SenderFaults() {
    super(Phase.SETUP);
  }

  @Override
  public void handleMessage(SoapMessage message) {
    if (!(message.getContent(Exception.class) instanceof Fault fault)) {
      return;
    }
    boolean ours = fault.getCause() instanceof DmpFault_Exception || hasDmpSubcode(fault);
    boolean sender = isSender(fault.getFaultCode()) || unreadable(fault);
    if (fault.getCause() instanceof DmpFault_Exception refused) {
      sender = !"INTERNAL_ERROR".equals(refused.getFaultInfo().getCode());
    }
    if (sender) {
      fault.setFaultCode(
          fault instanceof SoapFault ? message.getVersion().getSender() : Fault.FAULT_CODE_CLIENT);
    }
    if (!ours && sender) {
      fault.setMessage(reworded(fault.getMessage()));
    }
  }

  /** CXF's own text, French first, the parser's detail kept without class names. */
  static String reworded(String cxf) {
    String detail = cxf == null ? "" : CLASS_NAME.matcher(cxf).replaceAll("").strip();
    if (detail.contains("DTD")) {
      return "Requête SOAP refusée : les DTD et entités XML sont interdites / SOAP request"
          + " refused: DTDs and XML entities are not allowed";
    }
    if (detail.contains("Depth")) {
      return "Requête SOAP refusée : imbrication XML trop profonde / SOAP request refused: XML"
          + " nested too deep ("
          + detail
          + ")";
    }
    if (detail.startsWith("Type de contenu")) {
      return detail;
    }
    return "Requête SOAP illisible ou non conforme au contrat / Unreadable SOAP request, or not"
        + " as the contract says ("
        + detail
        + ")";
  }

  /** SOAP 1.2 Sender, SOAP 1.1 Client, or CXF's own "client" code (its FAULT_CODE_CLIENT). */
  private static boolean isSender(QName code) {
    return code != null
        && ("sender".equalsIgnoreCase(code.getLocalPart())
            || "client".equalsIgnoreCase(code.getLocalPart()));
  }

  private static boolean hasDmpSubcode(Fault fault) {
    return fault instanceof SoapFault soap
        && soap.getSubCode() != null
        && DMP.equals(soap.getSubCode().getNamespaceURI());
  }

  /** A request the parser could not read: a stream, encoding or unmarshalling error. */
  private static boolean unreadable(Throwable fault) {
    for (Throwable t = fault.getCause(); t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.contains("XMLStream")
          || name.contains("Wstx")
          || name.contains("Unmarshal")
          || name.contains("CharConversion")
          || name.contains("MalformedInput")) {
        return true;
      }
    }
    return false;
  }
}

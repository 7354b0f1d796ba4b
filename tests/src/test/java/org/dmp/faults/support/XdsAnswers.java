package org.dmp.faults.support;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.stream.Collectors;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;

/** What a client saw of an XDS answer, in words for the failure messages and the checks. */
public final class XdsAnswers {

  private XdsAnswers() {}

  /** The status, and the errors (code and text) of an XDS answer. */
  public static String describe(RegistryResponseType answer) {
    if (answer.getRegistryErrorList() == null) {
      return answer.getStatus();
    }
    return answer.getStatus()
        + " "
        + answer.getRegistryErrorList().getRegistryError().stream()
            .map(e -> e.getErrorCode() + ": " + e.getCodeContext())
            .collect(Collectors.joining("; "));
  }

  /** The SOAP fault's text, or the client's exception with its cause. */
  public static String describe(RuntimeException e) {
    if (e instanceof SOAPFaultException fault) {
      return "SOAP fault "
          + fault.getFault().getFaultCodeAsQName()
          + ": "
          + fault.getFault().getFaultString();
    }
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return e.getClass().getSimpleName() + " (" + cause + ")";
  }

  /** An answer of the server (a SOAP fault), not a broken connection. */
  public static boolean isFault(RuntimeException e) {
    return e instanceof SOAPFaultException;
  }
}

package org.dmp.interfaces.ws.transport;

import java.util.Locale;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Refuses (415) a POST that is neither SOAP 1.2 ({@code application/soap+xml}) nor MTOM ({@code
 * multipart/related}): CXF would otherwise parse any body as SOAP, whatever its declared type.
 */
public class SoapContentType extends AbstractPhaseInterceptor<Message> {

  public SoapContentType() {
    super(Phase.RECEIVE);
  }

  @Override
  public void handleMessage(Message message) {
    if (!"POST".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
      return; // ?wsdl and the like
    }
    Object declared = message.get(Message.CONTENT_TYPE);
    String type = declared == null ? "" : declared.toString().toLowerCase(Locale.ROOT).strip();
    if (type.startsWith("application/soap+xml") || type.startsWith("multipart/related")) {
      return;
    }
    Fault refused =
        new Fault(
            new IllegalArgumentException(
                "Type de contenu refusé : application/soap+xml (SOAP 1.2) ou multipart/related"
                    + " (MTOM) attendu / Content type refused: application/soap+xml (SOAP 1.2) or"
                    + " multipart/related (MTOM) expected"));
    refused.setFaultCode(Fault.FAULT_CODE_CLIENT);
    refused.setStatusCode(415);
    throw refused;
  }
}

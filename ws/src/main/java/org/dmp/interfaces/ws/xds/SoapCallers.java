package org.dmp.interfaces.ws.xds;

import jakarta.xml.ws.WebServiceContext;
import org.dmp.domain.actor.Caller;
import org.dmp.interfaces.ws.security.ProfessionalAssertionHandler;

/**
 * The caller of a SOAP request: the professional the organisation's signed assertion names,
 * verified by {@link ProfessionalAssertionHandler} before the endpoint runs (fails closed if the
 * endpoint lacks the handler chain).
 */
public final class SoapCallers {

  private SoapCallers() {}

  public static Caller of(WebServiceContext context) {
    return ProfessionalAssertionHandler.professional(context.getMessageContext()).toCaller();
  }
}

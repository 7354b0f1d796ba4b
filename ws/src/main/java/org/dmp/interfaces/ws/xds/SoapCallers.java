package org.dmp.interfaces.ws.xds;

import jakarta.xml.ws.WebServiceContext;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.interfaces.ws.security.ProfessionalAssertionInterceptor;

/**
 * The caller of a SOAP request: the professional the organisation's signed assertion names,
 * verified by {@link ProfessionalAssertionInterceptor} before the endpoint runs (fails closed if
 * the endpoint lacks the interceptor).
 */
public final class SoapCallers {

  private SoapCallers() {}

  public static Caller of(WebServiceContext context) {
    return ProfessionalAssertionInterceptor.professional(context.getMessageContext())
        .toCaller(Channel.SOAP);
  }
}

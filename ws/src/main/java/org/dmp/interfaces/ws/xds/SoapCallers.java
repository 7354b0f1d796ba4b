package org.dmp.interfaces.ws.xds;

import jakarta.xml.ws.WebServiceContext;
import org.dmp.domain.actor.Caller;
import org.dmp.interfaces.ws.security.AssertedProfessional;
import org.dmp.interfaces.ws.security.ProfessionalAssertionHandler;

/**
 * The caller of a SOAP request: the professional the organisation's signed assertion names,
 * verified by {@link ProfessionalAssertionHandler} before the endpoint runs.
 */
public final class SoapCallers {

  private SoapCallers() {}

  public static Caller of(WebServiceContext context) {
    Object asserted = context.getMessageContext().get(ProfessionalAssertionHandler.PROFESSIONAL);
    if (!(asserted instanceof AssertedProfessional professional)) {
      // the handler refuses every request without a valid assertion: not reaching here
      throw new IllegalStateException("No verified professional assertion on this request");
    }
    return professional.toCaller();
  }
}

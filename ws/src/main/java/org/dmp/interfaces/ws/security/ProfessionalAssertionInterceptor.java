package org.dmp.interfaces.ws.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.handler.MessageContext;
import java.lang.System.Logger.Level;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.dmp.infrastructure.assertion.*;
import org.dmp.infrastructure.assertion.WsSecurityHeader;
import org.w3c.dom.Element;

/**
 * Every inbound call carries the professional's signed assertion, checked against the calling
 * organisation's TLS client certificate; the endpoint runs only if it holds, and finds the
 * professional with {@link #professional(MessageContext)}. Any failure is a SOAP fault (Sender,
 * subcode and detail {@code ASSERTION_*}): never a partial answer, never a call without a
 * professional.
 *
 * <p>Installed on every SOAP endpoint (XDS registry and repository, patients service) by CXF's
 * {@code @InInterceptors}: all their operations act for a professional, none is anonymous. It is a
 * CXF interceptor rather than a JAX-WS handler because a handler makes CXF copy every message, in
 * and out, into a SAAJ tree: for an ITI-18 answer of hundreds of entries that copy cost more than
 * the query. The interceptor reads the header CXF has already parsed, and nothing else.
 */
public class ProfessionalAssertionInterceptor extends AbstractSoapInterceptor {

  /** The message key of the {@link AssertedProfessional} of the call. */
  public static final String PROFESSIONAL = "org.dmp.interfaces.ws.security.professional";

  static final QName SECURITY = new QName(Vihf.WSSE, "Security");
  static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

  private static final System.Logger LOG =
      System.getLogger(ProfessionalAssertionInterceptor.class.getName());

  private final AssertionVerifier verifier;
  private final Clock clock;

  /**
   * As CXF creates it: settings from the {@code dmp.saml.*} system properties; the system's time,
   * not the server's clock (an assertion's validity is the outside world's time, which a clock
   * offset set for a rehearsal must not make expire).
   */
  public ProfessionalAssertionInterceptor() {
    this(new AssertionVerifier(), Clock.systemUTC());
  }

  ProfessionalAssertionInterceptor(AssertionVerifier verifier, Clock clock) {
    // once the headers are read and WS-Addressing decoded (PRE_PROTOCOL: a fault raised before
    // that has no addressing headers, which clients requiring WS-Addressing reject), before the
    // body is read and anything acts on it
    super(Phase.USER_PROTOCOL);
    this.verifier = verifier;
    this.clock = clock;
  }

  /** The professional verified for this call; fails if the interceptor did not run. */
  public static AssertedProfessional professional(MessageContext context) {
    if (context.get(PROFESSIONAL) instanceof AssertedProfessional professional) {
      return professional;
    }
    throw new IllegalStateException(
        "no verified professional: is the endpoint missing @InInterceptors(classes ="
            + " ProfessionalAssertionInterceptor.class)?");
  }

  /** The Security header is this interceptor's: CXF must not refuse it as not understood. */
  @Override
  public Set<QName> getUnderstoodHeaders() {
    return Set.of(SECURITY);
  }

  @Override
  public void handleMessage(SoapMessage message) {
    try {
      List<Element> securities = new ArrayList<>();
      for (Header header : message.getHeaders()) {
        if (SECURITY.equals(header.getName())) {
          // a header no data binding claims is kept as its DOM element
          if (!(header.getObject() instanceof Element security)) {
            throw InvalidAssertionException.malformed(
                "en-tête wsse:Security illisible", "unreadable wsse:Security header");
          }
          securities.add(security);
        }
      }
      message.put(
          PROFESSIONAL,
          authenticate(securities, message.get(AbstractHTTPDestination.HTTP_REQUEST)));
    } catch (InvalidAssertionException refusal) {
      LOG.log(Level.WARNING, "SOAP call refused: {0} {1}", refusal.code(), refusal.english());
      throw AssertionFault.of(refusal, message.getVersion());
    } catch (RuntimeException e) {
      // whatever broke, the call does not go through without a verified professional
      LOG.log(Level.WARNING, "SOAP call refused: unreadable assertion", e);
      throw AssertionFault.of(
          InvalidAssertionException.malformed(
              "message SOAP ou assertion illisible", "unreadable SOAP message or assertion"),
          message.getVersion());
    }
  }

  /** The checks proper, on the wsse:Security headers and the servlet request. */
  AssertedProfessional authenticate(List<Element> securities, Object servletRequest) {
    return verifier.verify(
        assertion(securities), clientCertificate(servletRequest), clock.instant());
  }

  static Element assertion(Element soapHeader) {
    return WsSecurityHeader.assertion(soapHeader);
  }

  static Element assertion(List<Element> securities) {
    return WsSecurityHeader.assertion(securities);
  }

  /** The client certificate of the TLS connection: the organisation's. */
  static X509Certificate clientCertificate(Object servletRequest) {
    if (servletRequest instanceof HttpServletRequest request
        && request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain
        && chain.length > 0) {
      return chain[0];
    }
    return null;
  }
}

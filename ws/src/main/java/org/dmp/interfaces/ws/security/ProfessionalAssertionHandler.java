package org.dmp.interfaces.ws.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.lang.System.Logger.Level;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * Every inbound call carries the professional's signed assertion, checked against the calling
 * organisation's TLS client certificate; the endpoint runs only if it holds, and finds the
 * professional with {@link #professional(MessageContext)}. Any failure is a SOAP fault (Sender,
 * code {@code ASSERTION_*}): never a partial answer, never a call without a professional.
 *
 * <p>Installed on every SOAP endpoint (XDS registry and repository, patients service) by the {@code
 * HandlerChain} annotation naming {@code /org/dmp/interfaces/ws/security/handler-chain.xml}: all
 * their operations act for a professional, none is anonymous.
 */
public class ProfessionalAssertionHandler implements SOAPHandler<SOAPMessageContext> {

  /** The message-context key of the {@link AssertedProfessional}, in application scope. */
  public static final String PROFESSIONAL = "org.dmp.interfaces.ws.security.professional";

  static final QName SECURITY = new QName(Vihf.WSSE, "Security");
  static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

  private static final System.Logger LOG =
      System.getLogger(ProfessionalAssertionHandler.class.getName());

  private final AssertionVerifier verifier;
  private final Clock clock;

  /** As JAX-WS creates it: settings from the {@code dmp.saml.*} system properties. */
  public ProfessionalAssertionHandler() {
    this(new AssertionVerifier(), Clock.systemUTC());
  }

  ProfessionalAssertionHandler(AssertionVerifier verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  /** The professional the handler verified for this call; fails if it did not run. */
  public static AssertedProfessional professional(MessageContext context) {
    if (context.get(PROFESSIONAL) instanceof AssertedProfessional professional) {
      return professional;
    }
    throw new IllegalStateException(
        "no verified professional: is the endpoint missing @HandlerChain(file = \""
            + "/org/dmp/interfaces/ws/security/handler-chain.xml\")?");
  }

  /** The Security header is this handler's: CXF must not refuse it as not understood. */
  @Override
  public Set<QName> getHeaders() {
    return Set.of(SECURITY);
  }

  @Override
  public boolean handleMessage(SOAPMessageContext context) {
    if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
      return true;
    }
    boolean soap12 = true; // the XDS and patients bindings are SOAP 1.2
    try {
      SOAPMessage message = context.getMessage();
      soap12 =
          SOAPConstants.URI_NS_SOAP_1_2_ENVELOPE.equals(
              message.getSOAPPart().getEnvelope().getNamespaceURI());
      AssertedProfessional professional =
          authenticate(message.getSOAPHeader(), context.get(MessageContext.SERVLET_REQUEST));
      context.put(PROFESSIONAL, professional);
      context.setScope(PROFESSIONAL, MessageContext.Scope.APPLICATION);
      return true;
    } catch (InvalidAssertionException refusal) {
      LOG.log(Level.WARNING, "SOAP call refused: {0} {1}", refusal.code(), refusal.english());
      throw AssertionFault.of(refusal, soap12);
    } catch (SOAPException | RuntimeException e) {
      // whatever broke, the call does not go through without a verified professional
      LOG.log(Level.WARNING, "SOAP call refused: unreadable assertion", e);
      throw AssertionFault.of(
          InvalidAssertionException.malformed(
              "message SOAP ou assertion illisible", "unreadable SOAP message or assertion"),
          soap12);
    }
  }

  /** The checks proper, on a DOM header (SAAJ's header is one) and the servlet request. */
  AssertedProfessional authenticate(Element header, Object servletRequest) {
    return verifier.verify(assertion(header), clientCertificate(servletRequest), clock.instant());
  }

  /** The one saml2:Assertion directly in the one wsse:Security header. */
  static Element assertion(Element header) {
    List<Element> securities =
        header == null ? List.of() : Dom.children(header, Vihf.WSSE, "Security");
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

  /** The client certificate of the TLS connection: the organisation's. */
  static X509Certificate clientCertificate(Object servletRequest) {
    if (servletRequest instanceof HttpServletRequest request
        && request.getAttribute(CLIENT_CERTIFICATES) instanceof X509Certificate[] chain
        && chain.length > 0) {
      return chain[0];
    }
    return null;
  }

  @Override
  public boolean handleFault(SOAPMessageContext context) {
    return true;
  }

  @Override
  public void close(MessageContext context) {}
}

package org.dmp.interfaces.ws.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.handler.MessageContext;
import java.lang.reflect.Proxy;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import javax.xml.namespace.QName;
import org.dmp.infrastructure.assertion.*;
import org.dmp.infrastructure.assertion.TestPki;
import org.dmp.infrastructure.assertion.TestVihf;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The interceptor's own part: finding the assertion in the wsse:Security headers and the
 * certificate on the TLS connection. (The faults are checked over the wire,
 * AssertionOverTheWireIT.)
 */
class ProfessionalAssertionInterceptorTest {

  private final ProfessionalAssertionInterceptor interceptor =
      new ProfessionalAssertionInterceptor(
          new AssertionVerifier(AssertionVerifier.Settings.defaults()),
          Clock.fixed(TestVihf.NOW, ZoneOffset.UTC));

  private static Element header(String securityContent) {
    Document envelope =
        TestVihf.parse(
            "<s:Header xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
                + (securityContent == null
                    ? ""
                    : "<wsse:Security xmlns:wsse=\""
                        + Vihf.WSSE
                        + "\">"
                        + securityContent
                        + "</wsse:Security>")
                + "</s:Header>");
    return envelope.getDocumentElement();
  }

  private static Element headerWith(Element assertion) {
    Element header = header("");
    Element security = (Element) header.getFirstChild();
    security.appendChild(header.getOwnerDocument().importNode(assertion, true));
    return header;
  }

  /** The wsse:Security headers of a SOAP Header element, as CXF hands them over. */
  private static java.util.List<Element> securities(Element soapHeader) {
    return soapHeader == null
        ? java.util.List.of()
        : Dom.children(soapHeader, Vihf.WSSE, "Security");
  }

  /** A servlet request whose TLS connection presented {@code chain}. */
  private static HttpServletRequest tls(X509Certificate... chain) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getAttribute")
                        && ProfessionalAssertionInterceptor.CLIENT_CERTIFICATES.equals(args[0])
                    ? chain
                    : null);
  }

  private String refusalCode(Element header, Object request) {
    return catchThrowableOfType(
            InvalidAssertionException.class,
            () -> interceptor.authenticate(securities(header), request))
        .code();
  }

  @Test
  void aValidAssertionOverTlsGivesTheProfessional() {
    Element header = headerWith(new TestVihf().signed());

    AssertedProfessional professional =
        interceptor.authenticate(securities(header), tls(TestPki.ORGANISATION.certificate()));

    assertThat(professional.rpps().value()).isEqualTo(TestVihf.RPPS);
  }

  @Test
  void withoutHeaderSecurityOrAssertionTheCallIsRefused() {
    HttpServletRequest request = tls(TestPki.ORGANISATION.certificate());

    assertThat(refusalCode(null, request)).isEqualTo(InvalidAssertionException.MISSING);
    assertThat(refusalCode(header(null), request)).isEqualTo(InvalidAssertionException.MISSING);
    assertThat(refusalCode(header(""), request)).isEqualTo(InvalidAssertionException.MISSING);
  }

  @Test
  void withoutClientCertificateTheCallIsRefused() {
    Element header = headerWith(new TestVihf().signed());

    assertThat(refusalCode(header, tls())).isEqualTo(InvalidAssertionException.MISSING);
    assertThat(refusalCode(header, null)).isEqualTo(InvalidAssertionException.MISSING);
  }

  @Test
  void anotherOrganisationsConnectionCannotUseTheAssertion() {
    Element header = headerWith(new TestVihf().signed());

    assertThat(refusalCode(header, tls(TestPki.OTHER.certificate())))
        .isEqualTo(InvalidAssertionException.CERTIFICATE);
  }

  @Test
  void theSecurityHeaderIsDeclaredUnderstood() {
    assertThat(interceptor.getUnderstoodHeaders())
        .containsExactly(
            new QName(
                "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
                "Security"));
  }

  @Test
  void endpointsFindTheProfessionalInTheMessageContext() {
    AssertedProfessional professional =
        interceptor.authenticate(
            securities(headerWith(new TestVihf().signed())),
            tls(TestPki.ORGANISATION.certificate()));
    Context context = new Context();

    assertThatThrownBy(() -> ProfessionalAssertionInterceptor.professional(context))
        .isInstanceOf(IllegalStateException.class);
    context.put(ProfessionalAssertionInterceptor.PROFESSIONAL, professional);
    assertThat(ProfessionalAssertionInterceptor.professional(context)).isSameAs(professional);
  }

  /** A message context as the endpoint sees it. */
  private static final class Context extends HashMap<String, Object> implements MessageContext {
    @Override
    public void setScope(String name, Scope scope) {}

    @Override
    public Scope getScope(String name) {
      return Scope.APPLICATION;
    }
  }
}

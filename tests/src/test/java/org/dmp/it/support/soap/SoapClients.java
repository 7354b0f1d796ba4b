package org.dmp.it.support.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceFeature;
import jakarta.xml.ws.soap.SOAPBinding;
import java.nio.file.Path;
import javax.net.ssl.KeyManager;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapVersion;
import org.apache.cxf.binding.soap.model.SoapBindingInfo;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.service.model.BindingInfo;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.dmp.it.support.TestServer;

/**
 * JAX-WS client proxies (Apache CXF) set up as DMP-compatible practice software calls the SOAP
 * services: SOAP 1.2 with MTOM, over HTTPS, authenticated by the organisation's TLS client
 * certificate (PKCS12: key and chain), trusting only the given CA for the server's certificate.
 *
 * <p>With a port of generated port types, built from the WSDL on the class path (the server's
 * {@code ?wsdl} answers only to a client certificate, which {@code Service} does not send):
 *
 * <pre>
 * DocumentRegistryPortType port = new DocumentRegistryService(localWsdl).getDocumentRegistryPortSoap12();
 * SoapClients.asOrganisation(port, SoapClients.TEST_SERVER + "/dmp-ws/registry",
 *     TestPki.organisation(TestPki.SOFTWARE));
 * </pre>
 */
public final class SoapClients {

  /** The test server's HTTPS address. */
  public static final String TEST_SERVER = TestServer.HTTPS;

  private SoapClients() {}

  /**
   * Configures {@code port} to call {@code url} as the tests' organisation {@code organisation},
   * trusting the test CA (TestPki). Returns {@code port}.
   */
  public static <T> T asOrganisation(T port, String url, TestPki.Organisation organisation) {
    return configure(port, url, organisation.keyManagers(), TestPki.caCertificate());
  }

  /**
   * Configures {@code port} to call {@code url} with the certificate and key of a PKCS12 file (its
   * password also the key's, as keytool makes them) and trusting the CA certificates of a PEM file
   * for the server. Returns {@code port}.
   */
  public static <T> T configure(
      T port, String url, Path organisationPkcs12, char[] password, Path caPem) {
    return configure(
        port,
        url,
        TestPki.keyManagers(TestPki.load(organisationPkcs12, password), password),
        caPem);
  }

  /**
   * Configures {@code port} to call {@code url} over HTTPS presenting what {@code keyManagers} hold
   * (none: no client certificate) and trusting the CA certificates of {@code caPem}; MTOM on; the
   * port must be bound to SOAP 1.2. Returns {@code port}.
   */
  public static <T> T configure(T port, String url, KeyManager[] keyManagers, Path caPem) {
    if (!url.startsWith("https://")) {
      throw new IllegalArgumentException("the SOAP services answer over HTTPS only: " + url);
    }
    BindingProvider provider = (BindingProvider) port;
    requireSoap12(port);
    provider.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url);
    ((SOAPBinding) provider.getBinding()).setMTOMEnabled(true);

    Client client = ClientProxy.getClient(port);
    HTTPConduit conduit = (HTTPConduit) client.getConduit();
    TLSClientParameters tls = new TLSClientParameters();
    tls.setKeyManagers(keyManagers);
    tls.setTrustManagers(TestPki.trustManagers(caPem));
    // the server's certificate names the host (localhost, 127.0.0.1): checked, as in production
    tls.setDisableCNCheck(false);
    conduit.setTlsClientParameters(tls);
    HTTPClientPolicy policy = new HTTPClientPolicy();
    policy.setConnectionTimeout(10_000);
    policy.setReceiveTimeout(60_000);
    conduit.setClient(policy);
    return port;
  }

  /**
   * A port of the service endpoint interface {@code sei} without a WSDL (from its JAX-WS
   * annotations), bound to SOAP 1.2 with MTOM, configured by {@link #asOrganisation}.
   */
  public static <T> T create(
      Class<T> sei,
      QName serviceName,
      QName portName,
      String url,
      TestPki.Organisation organisation,
      WebServiceFeature... features) {
    Service service = Service.create(serviceName);
    service.addPort(portName, SOAPBinding.SOAP12HTTP_MTOM_BINDING, url);
    return asOrganisation(service.getPort(portName, sei, features), url, organisation);
  }

  private static void requireSoap12(Object port) {
    BindingInfo binding = ClientProxy.getClient(port).getEndpoint().getEndpointInfo().getBinding();
    SoapVersion version = binding instanceof SoapBindingInfo soap ? soap.getSoapVersion() : null;
    if (version == null || version.getVersion() != 1.2) {
      throw new IllegalArgumentException(
          "the DMP's SOAP services speak SOAP 1.2; this port is bound to "
              + (version == null ? binding.getBindingId() : "SOAP " + version.getVersion())
              + ": take the WSDL's SOAP 1.2 port");
    }
  }
}

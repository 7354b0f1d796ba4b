package org.dmp.it.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.soap.SoapClients;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Hostile XML sent to the SOAP services by an authenticated organisation: external entities, entity
 * expansion, deep nesting, an oversized body. Each is refused with a fault or an HTTP refusal,
 * reveals nothing of the server, and changes nothing.
 */
class HostileXmlIT extends DmpIT {

  private static final String REGISTRY = SoapClients.TEST_SERVER + "/dmp-ws/registry";

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(HostileXmlIT.class);
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);

    HttpResponse<String> response =
        post(
            "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + envelope(
                    "<q:AdhocQueryRequest xmlns:q=\"urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0\">&xxe;</q:AdhocQueryRequest>"));

    assertRefusedWithoutTrace(response);
    assertThat(response.body()).doesNotContain("root:");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void entityExpansionIsRefused() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);
    StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY a").append(i).append(" \"");
      entities.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    HttpResponse<String> response =
        post("<?xml version=\"1.0\"?><!DOCTYPE q [" + entities + "]>" + envelope("<q>&a9;</q>"));

    assertRefusedWithoutTrace(response);
    assertThat(response.body()).doesNotContain("lollol");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);
    // in a header, which the SOAP stack reads into memory before it knows what it is for
    String deep = "<d:a xmlns:d=\"urn:deep\">" + "<d:a>".repeat(5000) + "</d:a>".repeat(5001);

    HttpResponse<String> response = post(envelope(deep, "<q/>"));

    assertRefusedWithoutTrace(response);
    assertThat(response.body()).containsIgnoringCase("depth");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
    DatabaseState before = DatabaseState.of(dataSource);
    // the test server accepts 4 MiB (dmp.http.max-post-size, tests/pom.xml)
    String padding = "x".repeat(5 * 1024 * 1024);

    Integer status;
    try {
      HttpResponse<String> response = post(envelope("<big>" + padding + "</big>"));
      status = response.statusCode();
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    } catch (IOException reset) {
      status = null; // the listener may close the connection once the limit is passed
    }

    assertThat(status).isIn(413, null);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  /**
   * A SOAP fault from the XML parser: the request carries a valid assertion, so it is not the
   * assertion check (whose faults carry a DmpFault detail) that refuses it.
   */
  private static void assertRefusedWithoutTrace(HttpResponse<String> response) {
    assertThat(response.statusCode()).isNotEqualTo(200);
    assertThat(response.body()).contains("Fault").doesNotContain("DmpFault");
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("at org.");
  }

  /** A SOAP 1.2 envelope with a valid professional assertion in its security header. */
  private static String envelope(String body) {
    return envelope("", body);
  }

  private static String envelope(String header, String body) {
    return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header>"
        + header
        + "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
        + xml(SoapPorts.assertionFor(Fixtures.doctor()))
        + "</wsse:Security></soap:Header><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  private static String xml(org.w3c.dom.Element element) {
    try {
      var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      var out = new java.io.StringWriter();
      transformer.transform(
          new javax.xml.transform.dom.DOMSource(element),
          new javax.xml.transform.stream.StreamResult(out));
      return out.toString();
    } catch (javax.xml.transform.TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> post(String xml) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(TestPki.organisation(TestPki.SOFTWARE).sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    return client.send(
        HttpRequest.newBuilder(URI.create(REGISTRY))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/soap+xml; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

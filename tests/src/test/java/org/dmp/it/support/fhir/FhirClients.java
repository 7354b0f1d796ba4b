package org.dmp.it.support.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.http.impl.client.HttpClients;
import org.dmp.domain.actor.Caller;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.w3c.dom.Element;

/**
 * HAPI FHIR clients of the test server's FHIR base, as the tests' hospital ({@link
 * TestPki#HOSPITAL}) acting for a professional:
 *
 * <pre>
 * IGenericClient fhir = FhirClients.json(Fixtures.doctor());
 * Bundle found = fhir.search().byUrl("DocumentReference?patient.identifier=...").returnBundle(Bundle.class).execute();
 * </pre>
 */
public final class FhirClients {

  public static final String BASE = TestServer.HTTPS + "/dmp/api/fhir";

  private static final FhirContext CONTEXT = newContext();

  private FhirClients() {}

  public static FhirContext context() {
    return CONTEXT;
  }

  /** A client that speaks JSON. */
  public static IGenericClient json(Caller professional) {
    return client(professional, EncodingEnum.JSON);
  }

  /** A client that speaks XML. */
  public static IGenericClient xml(Caller professional) {
    return client(professional, EncodingEnum.XML);
  }

  private static IGenericClient client(Caller professional, EncodingEnum encoding) {
    IGenericClient client = CONTEXT.newRestfulGenericClient(BASE);
    client.setEncoding(encoding);
    client.registerInterceptor(new BearerTokenAuthInterceptor(token(professional)));
    return client;
  }

  /** The {@code Authorization: Bearer} token: the professional's VIHF signed by the hospital. */
  public static String token(Caller professional) {
    return token(SoapPorts.assertionFor(professional, SoapPorts.organisation(TestPki.HOSPITAL)));
  }

  /** The bearer token of an assertion as given (altered or badly signed ones included). */
  public static String token(Element assertion) {
    try {
      StringWriter xml = new StringWriter();
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(assertion), new StreamResult(xml));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(xml.toString().getBytes(StandardCharsets.UTF_8));
    } catch (javax.xml.transform.TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FhirContext newContext() {
    FhirContext context = FhirContext.forR4();
    context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    context
        .getRestfulClientFactory()
        .setHttpClient(
            HttpClients.custom()
                .setSSLContext(TestPki.organisation(TestPki.HOSPITAL).sslContext())
                // as many connections as concurrent clients (FhirBench: 32)
                .setMaxConnPerRoute(64)
                .setMaxConnTotal(64)
                .build());
    return context;
  }
}

package org.dmp.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness check, over HTTP as a load balancer or ./dmp start calls it. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  /** The test server runs on port offset 100 (arquillian.xml). */
  private static final URI READY = URI.create(TestServer.HTTP + "/dmp/api/ready");

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(ReadinessIT.class);
  }

  @Test
  @RunAsClient
  void answersUpWithEachCheckWhenTheDatabaseAndTheKeysAreThere() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(READY).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .contains("\"database\":\"UP\"")
        .contains("\"master-key\":\"UP\"");
  }
}

package org.dmp.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebService;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;
import javax.xml.namespace.QName;
import org.apache.cxf.transport.http.HTTPException;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.SoapClients;
import org.dmp.it.support.soap.TestPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Organisations (practice software) authenticate to the SOAP services with their TLS client
 * certificate and nothing else: the chain must lead to an accepted organisation CA and be valid
 * today, its CN must name an enabled account with role PRACTICE_SOFTWARE. Run from outside the
 * server, as practice software calls it, with the tests' PKI (TestPki).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TlsClientCertificateIT {

  /** The test server runs on port offset 100 (arquillian.xml). */
  private static final String HTTPS = TestServer.HTTPS;

  private static final String HTTP = TestServer.HTTP;

  /**
   * No service has this name: once the container has authenticated the caller, a GET answers 404
   * and a POST 405 (the default servlet), whatever endpoints the ws module has; 403 is the
   * container's refusal.
   */
  private static final String NOWHERE = "/dmp-ws/no-such-service";

  /** The EAR as built: everything here is done from outside the server. */
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("dmp.ear", "../ear/target/dmp.ear")));
  }

  @BeforeEach
  void accounts() {
    DataSource db = database();
    TestAccounts.ensure(db, TestPki.SOFTWARE, "ORGANISATION", "750000001", "PRACTICE_SOFTWARE");
    TestAccounts.ensure(db, TestPki.DISABLED, "ORGANISATION", "750000004", "PRACTICE_SOFTWARE");
    Sql.update(db, "update account set enabled = false where login = ?", TestPki.DISABLED);
    Sql.update(db, "delete from account where login = ?", TestPki.NO_ACCOUNT);
  }

  @Test
  void anOrganisationIsAuthenticatedByItsCertificate() throws Exception {
    SSLContext software = TestPki.organisation(TestPki.SOFTWARE).sslContext();

    assertThat(get(HTTPS + NOWHERE, software, null).statusCode()).isEqualTo(404);
  }

  @Test
  void anAuthenticatedOrganisationReachesTheServices() throws Exception {
    SSLContext software = TestPki.organisation(TestPki.SOFTWARE).sslContext();

    HttpResponse<String> wsdl = get(HTTPS + "/dmp-ws/registry?wsdl", software, null);

    assertThat(wsdl.statusCode()).isEqualTo(200);
    // the address it gives is the HTTPS one
    assertThat(wsdl.body())
        .containsPattern(
            "location=\"https://[^\"/]+:" + TestServer.HTTPS_PORT + "/dmp-ws/registry\"");
  }

  @Test
  void withoutACertificateTheSoapServicesRefuseEveryone() throws Exception {
    SSLContext none = TestPki.sslContextWithoutCertificate();

    for (String path : new String[] {"/dmp-ws/", NOWHERE, "/dmp-ws/registry?wsdl"}) {
      HttpResponse<String> response = get(HTTPS + path, none, null);
      assertThat(response.statusCode()).as(path).isEqualTo(403);
      // nothing to ask for: no password challenge
      assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
    }
  }

  @Test
  void passwordsDoNotOpenTheSoapServices() throws Exception {
    String patient = Fixtures.ensurePatientAccount(database(), Fixtures.newIns());
    SSLContext none = TestPki.sslContextWithoutCertificate();

    // neither a patient's password nor the practice software's own account password
    assertThat(get(HTTPS + NOWHERE, none, basic(patient)).statusCode()).isEqualTo(403);
    assertThat(get(HTTPS + NOWHERE, none, basic(TestPki.SOFTWARE)).statusCode()).isEqualTo(403);
  }

  @Test
  void plainHttpIsSentToHttpsBeforeAnyAuthentication() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(HTTP + NOWHERE))
                    .header("Authorization", basic(TestPki.SOFTWARE))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValue(HTTPS + NOWHERE);
  }

  @Test
  void aCertificateFromAnotherCaEndsTheHandshake() throws Exception {
    TestPki.Organisation forged = TestPki.untrusted(TestPki.SOFTWARE);

    // a client that presents it anyway: the server's trust manager refuses the chain
    Throwable refused =
        catchThrowable(
            () ->
                get(
                    HTTPS + NOWHERE,
                    TestPki.sslContext(forged.keyManagersPresentingAlways()),
                    null));
    assertThat(refused).isInstanceOf(IOException.class);

    // a client that offers only certificates of the CAs the server names sends none: refused
    assertThat(get(HTTPS + NOWHERE, forged.sslContext(), null).statusCode()).isEqualTo(403);
  }

  @Test
  void anExpiredCertificateEndsTheHandshake() {
    SSLContext expired = TestPki.organisation(TestPki.SOFTWARE_EXPIRED).sslContext();

    assertThat(catchThrowable(() -> get(HTTPS + NOWHERE, expired, null)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aCertificateWithoutAccountIsRefused() throws Exception {
    SSLContext stranger = TestPki.organisation(TestPki.NO_ACCOUNT).sslContext();

    assertThat(get(HTTPS + NOWHERE, stranger, null).statusCode()).isEqualTo(403);
  }

  @Test
  void aCertificateOfADisabledAccountIsRefused() throws Exception {
    SSLContext disabled = TestPki.organisation(TestPki.DISABLED).sslContext();

    assertThat(get(HTTPS + NOWHERE, disabled, null).statusCode()).isEqualTo(403);
  }

  @Test
  void aRoleOtherThanPracticeSoftwareIsRefused() throws Exception {
    DataSource db = database();
    TestAccounts.ensure(db, TestPki.NO_ACCOUNT, "ORGANISATION", "750000003", "INSTITUTION");
    SSLContext institution = TestPki.organisation(TestPki.NO_ACCOUNT).sslContext();

    assertThat(get(HTTPS + NOWHERE, institution, null).statusCode()).isEqualTo(403);
  }

  @Test
  void theWebModuleNeedsNoCertificate() throws Exception {
    HttpResponse<String> without =
        get(HTTPS + "/dmp/api/ready", TestPki.sslContextWithoutCertificate(), null);
    HttpResponse<String> with =
        get(HTTPS + "/dmp/api/ready", TestPki.organisation(TestPki.SOFTWARE).sslContext(), null);

    assertThat(without.statusCode()).isEqualTo(200);
    assertThat(with.statusCode()).isEqualTo(200);
  }

  @Test
  void aCxfClientSetUpBySoapClientsGetsThroughAsTheOrganisation() {
    Probe software =
        SoapClients.create(
            Probe.class,
            PROBE_SERVICE,
            PROBE_PORT,
            HTTPS + NOWHERE,
            TestPki.organisation(TestPki.SOFTWARE));
    Probe stranger =
        SoapClients.create(
            Probe.class,
            PROBE_SERVICE,
            PROBE_PORT,
            HTTPS + NOWHERE,
            TestPki.organisation(TestPki.NO_ACCOUNT));

    // a SOAP 1.2 POST reaches the application: no such service (405), but authenticated
    assertThat(httpStatusOf(() -> software.probe("bonjour"))).isEqualTo(405);
    assertThat(httpStatusOf(() -> stranger.probe("bonjour"))).isEqualTo(403);
  }

  /** A SOAP service that does not exist: enough to see how far a CXF client gets. */
  @WebService(name = "Probe", targetNamespace = "urn:dmp:tests")
  public interface Probe {
    @WebMethod
    String probe(@WebParam(name = "text") String text);
  }

  private static final QName PROBE_SERVICE = new QName("urn:dmp:tests", "ProbeService");
  private static final QName PROBE_PORT = new QName("urn:dmp:tests", "ProbePort");

  /** The HTTP status of the error that a CXF call ends in (expected: CXF need not log it). */
  private static int httpStatusOf(Runnable call) {
    Logger chain = Logger.getLogger("org.apache.cxf.phase.PhaseInterceptorChain");
    Level level = chain.getLevel();
    chain.setLevel(Level.SEVERE);
    Throwable failure;
    try {
      failure = catchThrowable(call::run);
    } finally {
      chain.setLevel(level);
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HTTPException http) {
        return http.getResponseCode();
      }
    }
    throw new AssertionError("no HTTP error status in", failure);
  }

  private static HttpResponse<String> get(String url, SSLContext tls, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    // a client of its own each time: no TLS session (and its cached identity) is shared
    return HttpClient.newBuilder()
        .sslContext(tls)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String login) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** The test database, as the server uses it (tests/pom.xml passes its settings). */
  private static DataSource database() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(System.getProperty("dmp.test.db.url"));
    dataSource.setUser(System.getProperty("dmp.test.db.user"));
    dataSource.setPassword(System.getProperty("dmp.test.db.password"));
    return dataSource;
  }
}

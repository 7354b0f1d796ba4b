package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.dmp.domain.patient.Ins;
import org.dmp.faults.support.AuditChains;
import org.dmp.faults.support.Deadline;
import org.dmp.faults.support.FaultsReport;
import org.dmp.faults.support.Feeders;
import org.dmp.faults.support.Patients;
import org.dmp.faults.support.Readers;
import org.dmp.faults.support.Readers.Read;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.faults.support.StoredDocuments;
import org.dmp.faults.support.Submission;
import org.dmp.faults.support.XdsAnswers;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.TestPki;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under a running server while clients feed (SOAP ITI-41) and
 * read (SOAP ITI-18, FHIR ITI-67): during the outage every call gets a clear answer saying the
 * database is unavailable (never a stack trace, never a false Success); once PostgreSQL is back the
 * same server, not restarted, answers again.
 */
class PostgresRestartFaultIT {

  private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  private static final String UNAVAILABLE = "DATABASE_UNAVAILABLE";
  private static final String SOAP = "SOAP ITI-18";
  private static final String FHIR = "FHIR ITI-67";

  private final ServerUnderTest server = ServerUnderTest.get();

  @Test
  void callsFailClearlyDuringAnOutageAndSucceedAgainWithoutARestart() {
    server.start();
    long pid = server.pid();
    List<Ins> patients =
        IntStream.range(0, 4).mapToObj(i -> Patients.withRecordOpenedByTheDoctor()).toList();
    Ins read = patients.get(0);
    List<Submission> sent;
    List<Read> reads;
    Instant back;
    Duration outage;
    try (Feeders feeders = new Feeders(patients);
        Readers readers = new Readers(List.of(soapReader(read), fhirReader(read)))) {
      Instant start = Instant.now();
      Deadline.await(
          "clients feed and read",
          Duration.ofMinutes(1),
          () ->
              feeders.acknowledged() >= 10
                  && readers.had(SOAP, true, start)
                  && readers.had(FHIR, true, start));

      server.stopDatabase();
      Instant down = Instant.now();
      Deadline.await(
          "every kind of call refused while PostgreSQL is down",
          Duration.ofMinutes(1),
          () ->
              refusedSince(feeders.sent(), down)
                  && readers.had(SOAP, false, down)
                  && readers.had(FHIR, false, down));
      server.startDatabase();
      back = Instant.now();
      outage = Duration.between(down, back);
      Duration soap =
          Deadline.await(
              "a SOAP read succeeds again",
              Duration.ofMinutes(1),
              () -> readers.had(SOAP, true, back));
      Duration fhir =
          Deadline.await(
              "a FHIR read succeeds again",
              Duration.ofMinutes(1),
              () -> readers.had(FHIR, true, back));
      Duration feed =
          Deadline.await(
              "a submission is acknowledged again",
              Duration.ofMinutes(1),
              () -> acknowledgedSince(feeders.sent(), back));
      sent = feeders.stop();
      reads = readers.stop();
      FaultsReport.figure(
          "first successful call after PostgreSQL is back (./dmp db start returned)",
          "SOAP read "
              + FaultsReport.seconds(soap)
              + ", FHIR read "
              + FaultsReport.seconds(fhir)
              + ", SOAP feed "
              + FaultsReport.seconds(feed),
          "4 feeding + 2 reading clients; outage "
              + FaultsReport.seconds(outage)
              + " (fast shutdown, start)");
    }

    assertThat(server.pid()).as("the same server, not restarted").isEqualTo(pid);
    assertThat(sent)
        .filteredOn(s -> s.outcome() != Submission.Outcome.ACKNOWLEDGED)
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.outcome()).as(s.answer()).isEqualTo(Submission.Outcome.REFUSED);
              assertClear(s.answer());
            });
    assertThat(reads)
        .filteredOn(r -> !r.succeeded())
        .isNotEmpty()
        .allSatisfy(r -> assertClear(r.answer()));
    StoredDocuments store = new StoredDocuments(server.dataSource());
    store.checkWholeOrAbsent(sent);
    store.checkNoHalfWrittenRows();
    List<Doc> acknowledged =
        sent.stream()
            .filter(s -> s.outcome() == Submission.Outcome.ACKNOWLEDGED)
            .flatMap(s -> s.documents.stream())
            .toList();
    StoredDocuments.checkRetrievable(SoapPorts.repository(Fixtures.doctor()), acknowledged);
    AuditChains.check(server);
    FaultsReport.figure(
        "calls refused during the PostgreSQL outage",
        sent.stream().filter(s -> s.outcome() == Submission.Outcome.REFUSED).count()
            + " feeds, "
            + reads.stream().filter(r -> !r.succeeded()).count()
            + " reads",
        "each " + UNAVAILABLE + " in French and English; none stored");
  }

  /** The database's unavailability, said in both languages, and nothing of the server's insides. */
  private static void assertClear(String answer) {
    assertThat(answer)
        .contains(UNAVAILABLE)
        .contains("Base de données momentanément indisponible")
        .contains("Database temporarily unavailable")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  private static boolean refusedSince(List<Submission> sent, Instant since) {
    return sent.stream()
        .anyMatch(
            s ->
                s.outcome() != null
                    && s.outcome() != Submission.Outcome.ACKNOWLEDGED
                    && s.answeredAt().isAfter(since));
  }

  private static boolean acknowledgedSince(List<Submission> sent, Instant since) {
    return sent.stream()
        .anyMatch(
            s -> s.outcome() == Submission.Outcome.ACKNOWLEDGED && s.answeredAt().isAfter(since));
  }

  private static Callable<Readers.Call> soapReader(Ins ins) {
    return () -> {
      var registry = SoapPorts.registry(Fixtures.doctor());
      var query =
          XdsRequests.query(
              FIND_DOCUMENTS,
              true,
              "$XDSDocumentEntryPatientId",
              "'" + XdsRequests.patientId(ins) + "'",
              "$XDSDocumentEntryStatus",
              "('" + XdsRequests.APPROVED + "')");
      return () -> {
        try {
          var found = registry.documentRegistryRegistryStoredQuery(query);
          boolean ok = found.getStatus().endsWith(":Success");
          String answer = found.getStatus();
          if (found.getRegistryErrorList() != null) {
            answer +=
                " "
                    + found.getRegistryErrorList().getRegistryError().stream()
                        .map(e -> e.getErrorCode() + ": " + e.getCodeContext())
                        .toList();
          }
          return new Read(SOAP, ok, answer, Instant.now());
        } catch (RuntimeException e) {
          return new Read(SOAP, false, XdsAnswers.describe(e), Instant.now());
        }
      };
    };
  }

  private static Callable<Readers.Call> fhirReader(Ins ins) {
    return () -> {
      HttpClient client =
          HttpClient.newBuilder()
              .sslContext(TestPki.organisation(TestPki.HOSPITAL).sslContext())
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      HttpRequest search =
          HttpRequest.newBuilder(
                  URI.create(
                      FhirClients.BASE
                          + "/DocumentReference?patient.identifier="
                          + URLEncoder.encode(
                              MhdBundles.patientToken(ins), StandardCharsets.UTF_8)))
              .header("Authorization", "Bearer " + FhirClients.token(Fixtures.doctor()))
              .header("Accept", "application/fhir+json")
              .timeout(Duration.ofSeconds(30))
              .build();
      return () -> {
        try {
          HttpResponse<String> r = client.send(search, HttpResponse.BodyHandlers.ofString());
          return new Read(
              FHIR, r.statusCode() == 200, r.statusCode() + " " + r.body(), Instant.now());
        } catch (java.io.IOException e) {
          return new Read(FHIR, false, "no answer: " + e, Instant.now());
        }
      };
    };
  }
}

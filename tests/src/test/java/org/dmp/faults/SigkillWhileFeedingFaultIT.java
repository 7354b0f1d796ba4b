package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.dmp.domain.patient.Ins;
import org.dmp.faults.support.AuditChains;
import org.dmp.faults.support.Deadline;
import org.dmp.faults.support.FaultsReport;
import org.dmp.faults.support.Feeders;
import org.dmp.faults.support.Patients;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.faults.support.StoredDocuments;
import org.dmp.faults.support.Submission;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server while 8 practice software clients feed documents over SOAP: what a client
 * was told is stored survives byte for byte, nothing is half stored, the audit chains hold.
 */
class SigkillWhileFeedingFaultIT {

  private static final int CLIENTS = 8;

  private final ServerUnderTest server = ServerUnderTest.get();

  @Test
  void everyAcknowledgedSubmissionSurvivesAKillAndNoneIsHalfStored() {
    server.start();
    List<Ins> patients =
        IntStream.range(0, CLIENTS).mapToObj(i -> Patients.withRecordOpenedByTheDoctor()).toList();
    List<Submission> sent;
    try (Feeders feeders = new Feeders(patients)) {
      Deadline.await(
          "40 submissions acknowledged", Duration.ofMinutes(2), () -> feeders.acknowledged() >= 40);
      server.kill();
      sent = feeders.stop();
    }
    Duration recovery = server.start();

    List<Submission> acknowledged =
        sent.stream().filter(s -> s.outcome() == Submission.Outcome.ACKNOWLEDGED).toList();
    List<Submission> unanswered =
        sent.stream().filter(s -> s.outcome() == Submission.Outcome.NO_ANSWER).toList();
    assertThat(unanswered).as("submissions the kill cut off").isNotEmpty();
    StoredDocuments store = new StoredDocuments(server.dataSource());
    int stored = store.checkWholeOrAbsent(sent);
    store.checkNoHalfWrittenRows();
    List<Doc> documents = acknowledged.stream().flatMap(s -> s.documents.stream()).toList();
    StoredDocuments.checkRetrievable(SoapPorts.repository(Fixtures.doctor()), documents);
    AuditChains.check(server);

    FaultsReport.figure(
        "restart after kill -9 until ready (./dmp start)",
        FaultsReport.seconds(recovery),
        CLIENTS + " SOAP clients feeding; WildFly boot and deployment");
    FaultsReport.figure(
        "submissions around the kill",
        acknowledged.size()
            + " acknowledged, "
            + unanswered.size()
            + " cut off ("
            + (stored - acknowledged.size())
            + " of them stored whole)",
        "every acknowledged one retrieved byte-identical (" + documents.size() + " documents)");
  }
}

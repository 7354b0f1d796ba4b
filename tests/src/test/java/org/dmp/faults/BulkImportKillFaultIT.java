package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.it.support.feed.ReimbursementFiles.consultation;
import static org.dmp.it.support.feed.ReimbursementFiles.drug;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;
import org.dmp.domain.patient.Ins;
import org.dmp.faults.support.AuditChains;
import org.dmp.faults.support.Deadline;
import org.dmp.faults.support.FaultsReport;
import org.dmp.faults.support.FeedUploads;
import org.dmp.faults.support.FeedUploads.Job;
import org.dmp.faults.support.Patients;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.faults.support.StoredDocuments;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.interfaces.ws.xds.XdsSettings;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;
import org.junit.jupiter.api.Test;

/**
 * A reimbursement import killed (kill -9) while its lanes apply it: after the restart the job
 * resumes to its end, and every patient with a record is whole — the lines the server keeps for
 * them and the one current reimbursement document showing exactly those lines, never the lines of
 * the new file without their document or the reverse.
 */
class BulkImportKillFaultIT {

  private static final int WITH_RECORD = 200;
  private static final int WITHOUT_RECORD = 40_000;

  private final ServerUnderTest server = ServerUnderTest.get();

  @Test
  void aKilledImportResumesAndLeavesNoPatientHalfApplied() throws Exception {
    server.start();
    List<Ins> patients = patientsWithRecords();
    LocalDate today = LocalDate.now();
    StringBuilder first = new StringBuilder();
    for (Ins p : patients) {
      first.append(consultation(p.nir(), today.minusDays(30), "26.50")).append('\n');
    }
    UUID previous = FeedUploads.upload(first.toString());
    awaitEnd(previous, Duration.ofMinutes(2));
    StringBuilder second = new StringBuilder();
    for (Ins p : patients) {
      second.append(consultation(p.nir(), today.minusDays(3), "30.00")).append('\n');
      second.append(drug(p.nir(), today.minusDays(2), "7.50")).append('\n');
    }
    for (int i = 0; i < WITHOUT_RECORD; i++) {
      second
          .append(consultation(Fixtures.newIns().nir(), today.minusDays(5), "26.50"))
          .append('\n');
    }

    UUID job = FeedUploads.upload(second.toString());
    Deadline.await(
        "the import's lanes at work",
        Duration.ofMinutes(2),
        () -> FeedUploads.job(server.dataSource(), job).patientsDone() > 0);
    Job atKill = FeedUploads.job(server.dataSource(), job);
    server.kill();
    Instant restart = Instant.now();
    server.start();
    Job ended = awaitEnd(job, Duration.ofMinutes(3));
    Duration resumed = Duration.between(restart, Instant.now());

    assertThat(atKill.state()).as("killed while running").isEqualTo("RUNNING");
    assertThat(ended.state()).as("the resumed job, failure: %s", ended.failure()).isEqualTo("DONE");
    checkEveryPatientWhole(patients, 3);
    assertThat(count("select count(*) from reimbursement_staging where job_id = ?", job))
        .as("staged lines dropped")
        .isZero();
    assertThat(count("select count(*) from feed_job_patient where job_id = ?", job)).isZero();
    new StoredDocuments(server.dataSource()).checkNoHalfWrittenRows();
    AuditChains.check(server);
    FaultsReport.figure(
        "killed import: restart until the job is DONE",
        FaultsReport.seconds(resumed),
        (WITH_RECORD + WITHOUT_RECORD)
            + " patients ("
            + WITH_RECORD
            + " with a record), killed after "
            + atKill.patientsDone()
            + " applied");
  }

  /**
   * Each patient: the lines kept, exactly one current reimbursement document (the one the feed
   * points to), whose text shows as many lines as are kept.
   */
  private void checkEveryPatientWhole(List<Ins> patients, int lines) throws Exception {
    DocumentRepositoryPortType repository = SoapPorts.repository(Fixtures.doctor());
    SoftAssertions softly = new SoftAssertions();
    for (Ins p : patients) {
      long kept = count("select count(*) from reimbursement_line where nir = ?", p.nir().value());
      softly.assertThat(kept).as("lines kept for %s", p.nir()).isEqualTo(lines);
      List<String> current =
          strings(
              "select d.unique_id from document_entry d join record r on r.id = d.record_id"
                  + " where r.ins_nir = ? and d.class_code = '60' and d.status = 'APPROVED'",
              p.nir().value());
      List<String> pointed =
          strings(
              "select d.unique_id from reimbursement_document m join document_entry d on d.id ="
                  + " m.entry_uuid where m.nir = ? and d.status = 'APPROVED'",
              p.nir().value());
      softly.assertThat(current).as("current reimbursement documents of %s", p.nir()).hasSize(1);
      softly.assertThat(pointed).as("the feed's document of %s", p.nir()).isEqualTo(current);
      if (current.size() == 1) {
        String text = new String(retrieve(repository, current.get(0)), StandardCharsets.UTF_8);
        softly.assertThat(text).as("document of %s", p.nir()).contains(kept + " ligne(s)");
      }
    }
    softly.assertAll();
  }

  private static byte[] retrieve(DocumentRepositoryPortType repository, String uniqueId) {
    RetrieveDocumentSetRequestType request = new RetrieveDocumentSetRequestType();
    DocumentRequestType d = new DocumentRequestType();
    d.setRepositoryUniqueId(XdsSettings.repositoryId());
    d.setDocumentUniqueId(uniqueId);
    request.getDocumentRequest().add(d);
    var answer = repository.documentRepositoryRetrieveDocumentSet(request);
    return answer.getDocumentResponse().isEmpty()
        ? new byte[0]
        : answer.getDocumentResponse().get(0).getDocument();
  }

  private Job awaitEnd(UUID job, Duration limit) {
    Deadline.await(
        "job " + job + " ends",
        limit,
        () -> !"RUNNING".equals(FeedUploads.job(server.dataSource(), job).state()));
    return FeedUploads.job(server.dataSource(), job);
  }

  /** Records opened side by side (8 clients), as many practices would. */
  private static List<Ins> patientsWithRecords() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(8);
    try {
      List<Future<Ins>> opened = new ArrayList<>();
      for (int i = 0; i < WITH_RECORD; i++) {
        opened.add(executor.submit(Patients::withRecordOpenedByTheDoctor));
      }
      List<Ins> patients = new ArrayList<>();
      for (Future<Ins> f : opened) {
        patients.add(f.get());
      }
      return patients;
    } finally {
      executor.shutdownNow();
    }
  }

  private long count(String sql, Object parameter) throws Exception {
    return Long.parseLong(strings(sql, parameter).get(0));
  }

  private List<String> strings(String sql, Object parameter) throws Exception {
    try (Connection c = server.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      List<String> values = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          values.add(r.getString(1));
        }
      }
      return values;
    }
  }
}

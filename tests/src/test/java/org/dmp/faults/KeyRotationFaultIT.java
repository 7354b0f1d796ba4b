package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.dmp.domain.patient.Ins;
import org.dmp.faults.support.FaultsReport;
import org.dmp.faults.support.KeyMaterial;
import org.dmp.faults.support.Patients;
import org.dmp.faults.support.Readers;
import org.dmp.faults.support.Readers.Read;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.faults.support.StoredDocuments;
import org.dmp.faults.support.XdsAnswers;
import org.dmp.interfaces.ws.contract.xds.DocumentRequestType;
import org.dmp.interfaces.ws.contract.xds.RetrieveDocumentSetRequestType;
import org.dmp.interfaces.ws.xds.XdsSettings;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.junit.jupiter.api.Test;

/**
 * {@code ./dmp keys rotate} on a running server while clients read documents: every read succeeds
 * during and after it; afterwards every data key is wrapped under the new key, the old key is
 * retired and gone from the keystore, and every content row holds the very ciphertext it held
 * before (documents are not re-encrypted); a restart serves everything.
 */
class KeyRotationFaultIT {

  private static final String READ = "SOAP ITI-43";
  private static final int SEEDED = Integer.getInteger("dmp.faults.rotation.records", 10_000);

  private final ServerUnderTest server = ServerUnderTest.get();

  @Test
  void rotationUnderReadsReWrapsEveryDataKeyAndTouchesNoContent() {
    server.start();
    DataSource db = server.dataSource();
    List<Ins> patients =
        IntStream.range(0, 3).mapToObj(i -> Patients.withRecordOpenedByTheDoctor()).toList();
    List<Doc> docs = KeyMaterial.feed(patients, 2);
    String old = KeyMaterial.currentAlias(db);
    String password = KeyMaterial.password(server);
    KeyMaterial.seedRecords(db, KeyMaterial.keystore(server), password, old, SEEDED);
    Map<String, String> contentBefore = KeyMaterial.ciphertexts(db);
    long dataKeys = Sql.count(db, "select count(*) from record_key");

    ServerUnderTest.Result rotation;
    List<Read> reads;
    Duration took;
    try (Readers readers = new Readers(List.of(reader(docs), reader(docs)))) {
      Instant start = Instant.now();
      org.dmp.faults.support.Deadline.await(
          "clients read", Duration.ofMinutes(1), () -> readers.had(READ, true, start));
      Instant begin = Instant.now();
      rotation = server.dmp("keys", "rotate");
      took = Duration.between(begin, Instant.now());
      Instant after = Instant.now();
      org.dmp.faults.support.Deadline.await(
          "reads after the rotation", Duration.ofMinutes(1), () -> readers.had(READ, true, after));
      reads = readers.stop();
    }

    assertThat(rotation.exitCode()).as(rotation.output()).isZero();
    String current = KeyMaterial.currentAlias(db);
    assertThat(current).isNotEqualTo(old);
    assertThat(rotation.output())
        .contains("re-wrapped " + dataKeys + " of " + dataKeys + " data keys under " + current)
        .contains("retired and removed from the keystore: " + old);
    assertThat(reads)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.succeeded()).as(r.answer()).isTrue());
    assertThat(Sql.count(db, "select count(*) from record_key where master_alias <> ?", current))
        .as("data keys not under the new key")
        .isZero();
    assertThat(Sql.text(db, "select retired_at is not null from master_key where alias = ?", old))
        .isEqualTo("t");
    assertThat(KeyMaterial.aliases(KeyMaterial.keystore(server), password))
        .as("the old master key removed; the audit signing key, which anchors need, kept")
        .containsExactly("dmp-audit-1", current);
    assertThat(KeyMaterial.ciphertexts(db))
        .as("every content row, byte for byte: not re-encrypted")
        .isEqualTo(contentBefore);

    server.stop();
    server.start();
    StoredDocuments.checkRetrievable(docs);

    FaultsReport.figure(
        "master key rotation (./dmp keys rotate, until the old key is retired and removed)",
        String.format(
            "%d data keys in %s: %.0f data keys/s",
            dataKeys, FaultsReport.seconds(took), dataKeys / (took.toMillis() / 1000.0)),
        reads.size() + " reads by 2 SOAP clients during it, all served; content rows untouched");
    Instant plain = Instant.now();
    Sql.update(db, "update record_key set wrapped_key = wrapped_key");
    FaultsReport.figure(
        "baseline: the same data key rows rewritten by one SQL update (no crypto, one transaction)",
        FaultsReport.seconds(Duration.between(plain, Instant.now())),
        dataKeys + " rows");
  }

  /** Retrieves (ITI-43) the documents in turn: each read opens its record's data key. */
  private static Callable<Readers.Call> reader(List<Doc> docs) {
    return () -> {
      var repository = SoapPorts.repository(Fixtures.doctor());
      int[] next = {0};
      return () -> {
        Doc doc = docs.get(next[0]++ % docs.size());
        var request = new RetrieveDocumentSetRequestType();
        var wanted = new DocumentRequestType();
        wanted.setRepositoryUniqueId(XdsSettings.repositoryId());
        wanted.setDocumentUniqueId(doc.uniqueId);
        request.getDocumentRequest().add(wanted);
        try {
          var answer = repository.documentRepositoryRetrieveDocumentSet(request);
          boolean same =
              answer.getRegistryResponse().getStatus().endsWith(":Success")
                  && answer.getDocumentResponse().size() == 1
                  && java.util.Arrays.equals(
                      answer.getDocumentResponse().get(0).getDocument(), doc.content);
          return new Read(READ, same, answer.getRegistryResponse().getStatus(), Instant.now());
        } catch (RuntimeException e) {
          return new Read(READ, false, XdsAnswers.describe(e), Instant.now());
        }
      };
    };
  }
}

package org.dmp.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.document.Documents;
import org.dmp.application.record.Records;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.bench.DoctorsRecords;
import org.dmp.it.support.bench.EntryRows;
import org.dmp.it.support.bench.Load;
import org.dmp.it.support.bench.ServerMemory;
import org.dmp.it.support.bench.Timings;
import org.dmp.it.support.fhir.FhirClients;
import org.dmp.it.support.fhir.MhdBundles;
import org.hl7.fhir.r4.model.Bundle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ITI-67 Find Document References under load: one patient holding many entries, searched for its
 * current documents, first page of {@code _count} (20), JSON, at several numbers of concurrent HAPI
 * FHIR clients over HTTPS with the hospital's certificate and a signed VIHF. Every answer is
 * checked (its total). Baseline in the same run: the patient's entry rows selected with plain JDBC.
 * Clients run in the server's JVM, sharing its CPUs.
 *
 * <p>Settings: {@code dmp.bench.fhir.clients} (levels, 1,8,32), {@code .queries} (per level, 1000),
 * {@code .entries} (the patient's, 200). Report: {@code tests/target/bench-fhir.md}.
 */
@ExtendWith(ArquillianExtension.class)
class FhirBench {

  private static final int[] LEVELS =
      Arrays.stream(System.getProperty("dmp.bench.fhir.clients", "1,8,32").split(","))
          .mapToInt(s -> Integer.parseInt(s.trim()))
          .toArray();
  private static final int QUERIES = Integer.getInteger("dmp.bench.fhir.queries", 1000);
  private static final int ENTRIES = Integer.getInteger("dmp.bench.fhir.entries", 200);

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(FhirBench.class);
  }

  @EJB Records records;
  @EJB Consents consents;
  @EJB Documents documents;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Test
  void findDocumentReferences() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    int maxClients = Arrays.stream(LEVELS).max().orElseThrow();
    ExecutorService executor = Executors.newFixedThreadPool(maxClients);
    try {
      Ins ins = Fixtures.newIns();
      RecordId record = patientWithEntries(ins);
      String query = "DocumentReference?patient.identifier=" + MhdBundles.patientToken(ins);
      IGenericClient fhir = FhirClients.json(Fixtures.doctor());
      // warm-up, not measured
      Load.run(200, 8, executor, (c, i) -> search(fhir, query));
      List<String> rows = new ArrayList<>();
      for (int clients : LEVELS) {
        rows.add(
            Load.run(
                    QUERIES,
                    clients,
                    executor,
                    (c, i) -> EntryRows.select(dataSource, record, ENTRIES))
                .row("baseline: JDBC select of the " + ENTRIES + " entry rows", clients, 0));
        rows.add(
            Load.run(QUERIES, clients, executor, (c, i) -> search(fhir, query))
                .row("ITI-67, " + ENTRIES + " entries, first page of 20", clients, 0));
      }
      String report =
          String.join(
              "\n",
              "# FHIR benchmark (IHE MHD over HTTPS)",
              "",
              "ITI-67: "
                  + QUERIES
                  + " searches per level on one patient with "
                  + ENTRIES
                  + " current entries (policy-filtered, newest first, first page of 20, JSON)."
                  + " Clients run in the server's JVM. "
                  + ServerMemory.summary(),
              "",
              Timings.header(),
              String.join("\n", rows),
              "");
      Files.writeString(ServerMemory.report("bench-fhir.md"), report);
      System.out.println(report);
    } finally {
      executor.shutdownNow();
    }
  }

  private static void search(IGenericClient fhir, String query) {
    Bundle found = fhir.search().byUrl(query).returnBundle(Bundle.class).execute();
    if (found.getTotal() != ENTRIES || found.getEntry().size() != 20) {
      throw new IllegalStateException(found.getTotal() + " found, not " + ENTRIES);
    }
  }

  private RecordId patientWithEntries(Ins ins) {
    RecordId id = DoctorsRecords.open(records, consents, ins);
    byte[] pdf = Fixtures.contentWith("bench");
    for (int i = 0; i < ENTRIES; i++) {
      As.run(
          Fixtures.SOFTWARE,
          () -> documents.add(Fixtures.doctor(), id, Fixtures.report("Compte rendu"), pdf));
    }
    return id;
  }
}

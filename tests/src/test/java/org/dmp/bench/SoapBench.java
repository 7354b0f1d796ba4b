package org.dmp.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.record.Records;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.dmp.interfaces.ws.contract.query.AdhocQueryRequest;
import org.dmp.interfaces.ws.contract.rim.ExtrinsicObjectType;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;
import org.dmp.interfaces.ws.contract.xds.DocumentRegistryPortType;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.bench.DoctorsRecords;
import org.dmp.it.support.bench.EntryRows;
import org.dmp.it.support.bench.Load;
import org.dmp.it.support.bench.SameRows;
import org.dmp.it.support.bench.ServerMemory;
import org.dmp.it.support.bench.Timings;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SOAP channel under load, as practice software uses it: ITI-41 (one document of a PDF's size
 * per submission, for many patients) and ITI-18 FindDocuments (LeafClass, on one patient holding
 * many entries), each at several numbers of concurrent clients. Every client is a CXF client from
 * the services' WSDL types, over HTTPS with the organisation's certificate and a signed VIHF, MTOM
 * on, with its own connection; every answer is checked (a failure fails the benchmark).
 *
 * <p>Baselines measured in the same run, on the same database and datasource: for ITI-41, the very
 * rows and bytes one ITI-41 wrote, inserted again with plain JDBC ({@link SameRows}); for ITI-18,
 * the patient's entry rows selected with plain JDBC.
 *
 * <p>The clients run inside the server process (Arquillian), so on one machine the load generator
 * and the server share the CPUs: the figures are a floor for a dedicated server.
 *
 * <p>Settings (server system properties, tests/pom.xml profile {@code bench}): {@code
 * dmp.bench.soap.clients} (comma-separated levels), {@code .documents} and {@code .queries} (per
 * level), {@code .size} (bytes per document), {@code .entries} (the queried patient's), {@code
 * .per-record} (ITI-41 documents per patient). Report: {@code tests/target/bench-soap.md}.
 */
@ExtendWith(ArquillianExtension.class)
class SoapBench {

  private static final int[] LEVELS =
      Arrays.stream(System.getProperty("dmp.bench.soap.clients", "1,8,32").split(","))
          .mapToInt(s -> Integer.parseInt(s.trim()))
          .toArray();
  private static final int DOCUMENTS = Integer.getInteger("dmp.bench.soap.documents", 2000);
  private static final int QUERIES = Integer.getInteger("dmp.bench.soap.queries", 1000);
  private static final int SIZE = Integer.getInteger("dmp.bench.soap.size", 20_000);
  private static final int ENTRIES = Integer.getInteger("dmp.bench.soap.entries", 200);
  private static final int PER_RECORD = Integer.getInteger("dmp.bench.soap.per-record", 10);
  private static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  private static final String DOCTOR = Fixtures.DOCTOR_RPPS.value();

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(SoapBench.class);
  }

  @EJB Records records;
  @EJB Consents consents;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  private final byte[] pdf = XdsRequests.pdf(SIZE);

  @Test
  void provideAndRegisterAndFindDocuments() throws Exception {
    Fixtures.ensureAccounts(dataSource);
    int maxClients = Arrays.stream(LEVELS).max().orElseThrow();
    ExecutorService executor = Executors.newFixedThreadPool(maxClients);
    try {
      Patient queried = patientWithEntries(executor);
      SameRows sameRows = warmUpAndTemplate(executor, queried);
      long answerBytes = answerBytes(queried, true);
      long referencesBytes = answerBytes(queried, false);
      List<String> rows = new ArrayList<>();
      try {
        for (int clients : LEVELS) {
          List<Patient> patients = patients((DOCUMENTS + PER_RECORD - 1) / PER_RECORD);
          rows.add(
              Load.run(
                      DOCUMENTS,
                      clients,
                      executor,
                      (c, i) -> sameRows.insertFor(patients.get(i / PER_RECORD).record.value()))
                  .row("baseline: JDBC insert of the same rows and bytes", clients, SIZE));
          rows.add(
              provide(executor, clients, patients, DOCUMENTS)
                  .row("ITI-41, 1 document", clients, SIZE));
        }
        for (int clients : LEVELS) {
          rows.add(
              Load.run(
                      QUERIES,
                      clients,
                      executor,
                      (c, i) -> EntryRows.select(dataSource, queried.record, ENTRIES))
                  .row("baseline: JDBC select of the " + ENTRIES + " entry rows", clients, 0));
          rows.add(
              find(executor, clients, queried, QUERIES, true)
                  .row(
                      "ITI-18 FindDocuments, " + ENTRIES + " entries, LeafClass",
                      clients,
                      answerBytes));
          rows.add(
              find(executor, clients, queried, QUERIES, false)
                  .row(
                      "ITI-18 FindDocuments, " + ENTRIES + " entries, ObjectRef",
                      clients,
                      referencesBytes));
        }
      } finally {
        sameRows.drop();
      }
      report(rows, sameRows);
    } finally {
      executor.shutdownNow();
    }
  }

  private record Patient(Ins ins, RecordId record) {}

  /** ITI-41 of {@code count} documents, {@link #PER_RECORD} per patient. */
  private Timings provide(ExecutorService executor, int clients, List<Patient> patients, int count)
      throws Exception {
    ProvideAndRegisterDocumentSetRequestType[] requests =
        new ProvideAndRegisterDocumentSetRequestType[count];
    for (int i = 0; i < count; i++) {
      Ins ins = patients.get(i / PER_RECORD).ins;
      requests[i] = XdsRequests.provide(ins, DOCTOR, new Doc(ins, DOCTOR, pdf));
    }
    List<DocumentRepositoryPortType> ports =
        ports(clients, i -> SoapPorts.repository(Fixtures.doctor()));
    return Load.run(
        count,
        clients,
        executor,
        (c, i) ->
            succeeded(ports.get(c).documentRepositoryProvideAndRegisterDocumentSetB(requests[i])));
  }

  /** The size of the XML of one ITI-18 answer on the patient (the SOAP body, as marshalled). */
  private long answerBytes(Patient patient, boolean leafClass) throws Exception {
    var answer =
        SoapPorts.registry(Fixtures.doctor())
            .documentRegistryRegistryStoredQuery(findDocuments(patient.ins, leafClass));
    var out = new java.io.ByteArrayOutputStream();
    jakarta.xml.bind.JAXBContext.newInstance(answer.getClass())
        .createMarshaller()
        .marshal(answer, out);
    return out.size();
  }

  /**
   * {@code count} ITI-18 FindDocuments on the patient with {@link #ENTRIES} entries, answered with
   * the entries' metadata (LeafClass) or their references only (ObjectRef).
   */
  private Timings find(
      ExecutorService executor, int clients, Patient patient, int count, boolean leafClass)
      throws Exception {
    List<DocumentRegistryPortType> ports =
        ports(clients, i -> SoapPorts.registry(Fixtures.doctor()));
    AdhocQueryRequest query = findDocuments(patient.ins, leafClass);
    return Load.run(
        count,
        clients,
        executor,
        (c, i) -> {
          var found = ports.get(c).documentRegistryRegistryStoredQuery(query);
          int entries =
              leafClass
                  ? XdsRequests.objects(found.getRegistryObjectList(), ExtrinsicObjectType.class)
                      .size()
                  : XdsRequests.objects(
                          found.getRegistryObjectList(),
                          org.dmp.interfaces.ws.contract.rim.ObjectRefType.class)
                      .size();
          if (entries != ENTRIES) {
            throw new IllegalStateException(entries + " entries found, not " + ENTRIES);
          }
        });
  }

  /** The queried patient, fed with {@link #ENTRIES} documents over SOAP, 20 per submission. */
  private Patient patientWithEntries(ExecutorService executor) throws Exception {
    Patient patient = patients(1).get(0);
    DocumentRepositoryPortType port = SoapPorts.repository(Fixtures.doctor());
    for (int fed = 0; fed < ENTRIES; fed += 20) {
      Doc[] docs = new Doc[Math.min(20, ENTRIES - fed)];
      for (int d = 0; d < docs.length; d++) {
        docs[d] = new Doc(patient.ins, DOCTOR, pdf);
      }
      succeeded(
          port.documentRepositoryProvideAndRegisterDocumentSetB(
              XdsRequests.provide(patient.ins, DOCTOR, docs)));
    }
    return patient;
  }

  /**
   * Warms the server, the clients and the database up (not measured), and takes the rows of one
   * ITI-41 as the baseline's template.
   */
  private SameRows warmUpAndTemplate(ExecutorService executor, Patient queried) throws Exception {
    provide(executor, 8, patients(20), 20 * PER_RECORD);
    find(executor, 8, queried, 200, true);
    find(executor, 8, queried, 200, false);
    Patient alone = patients(1).get(0);
    Doc doc = new Doc(alone.ins, DOCTOR, pdf);
    succeeded(
        SoapPorts.repository(Fixtures.doctor())
            .documentRepositoryProvideAndRegisterDocumentSetB(
                XdsRequests.provide(alone.ins, DOCTOR, doc)));
    return SameRows.writtenWith(dataSource, doc.uniqueId);
  }

  /** {@code count} new patients with a record the doctor is authorized on (oral consent). */
  private List<Patient> patients(int count) {
    List<Patient> patients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Ins ins = Fixtures.newIns();
      RecordId id = DoctorsRecords.open(records, consents, ins);
      patients.add(new Patient(ins, id));
    }
    return patients;
  }

  private static AdhocQueryRequest findDocuments(Ins ins, boolean leafClass) {
    return XdsRequests.query(
        FIND_DOCUMENTS,
        leafClass,
        "$XDSDocumentEntryPatientId",
        "'" + XdsRequests.patientId(ins) + "'",
        "$XDSDocumentEntryStatus",
        "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved')");
  }

  /** One port per client: each its own connection, as separate practice software would. */
  private static <T> List<T> ports(int clients, IntFunction<T> port) {
    List<T> ports = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      ports.add(port.apply(c));
    }
    return ports;
  }

  private static void succeeded(RegistryResponseType response) {
    if (!response.getStatus().endsWith(":Success")) {
      throw new IllegalStateException(
          "ITI-41 refused: "
              + response.getRegistryErrorList().getRegistryError().get(0).getCodeContext());
    }
  }

  private void report(List<String> rows, SameRows sameRows) throws Exception {
    String report =
        String.join(
            "\n",
            "# SOAP benchmark (XDS.b over HTTPS)",
            "",
            "ITI-41: "
                + DOCUMENTS
                + " submissions of one "
                + SIZE
                + "-byte PDF per level, "
                + PER_RECORD
                + " per patient; ITI-18: "
                + QUERIES
                + " FindDocuments per level on one patient with "
                + ENTRIES
                + " entries, answered with the entries (LeafClass) or references to them (ObjectRef);"
                + " the MB/s column counts the answer's XML. One ITI-41 writes "
                + sameRows.describe()
                + ". Clients run in the server's JVM. "
                + ServerMemory.summary(),
            "",
            Timings.header(),
            String.join("\n", rows),
            "");
    Files.writeString(ServerMemory.report("bench-soap.md"), report);
    System.out.println(report);
  }
}

package org.dmp.application.testdata;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordRepository;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.testdata.TestIdentities;
import org.dmp.domain.testdata.TestIdentities.TestPatient;
import org.dmp.domain.testdata.TestIdentities.TestProfessional;

/**
 * What a vendor integrating the SOAP services needs to start: test patients (and whether each has a
 * record on this server) and test professionals to name in assertions. Only on a development server
 * ({@code dmp.dev.test-data=true}, which {@code ./dmp start} sets when the server trusts the
 * development CA); a production server refuses.
 *
 * <p>The record status is shown without an audit event: these are test identities under the test
 * OID, on a development server, and the page reads nothing else.
 */
@Stateless
@ApplicationService
@DenyAll
public class TestData {

  /** The switch, a system property (config/cli/soap.cli). */
  public static final String SWITCH = "dmp.dev.test-data";

  /** A test patient and the status of their record here, null when they have none. */
  public record PatientOnThisServer(TestPatient patient, RecordStatus record) {}

  /** The test data page's content. */
  public record Catalogue(
      List<PatientOnThisServer> patients, List<TestProfessional> professionals) {}

  @Inject RecordRepository records;

  @RolesAllowed(Roles.PRACTICE_SOFTWARE)
  public Catalogue catalogue() {
    if (!Boolean.parseBoolean(System.getProperty(SWITCH, "false"))) {
      throw new TestDataDisabledException();
    }
    List<PatientOnThisServer> patients =
        TestIdentities.patients().stream()
            .map(
                p ->
                    new PatientOnThisServer(
                        p, records.findByNir(p.ins().nir()).map(Record::status).orElse(null)))
            .toList();
    return new Catalogue(patients, TestIdentities.professionals());
  }
}

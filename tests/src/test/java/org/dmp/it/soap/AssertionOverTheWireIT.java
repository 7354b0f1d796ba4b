package org.dmp.it.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.patients.DmpFault_Exception;
import org.dmp.interfaces.ws.contract.patients.PatientsPortType;
import org.dmp.interfaces.ws.contract.patients.TestRecordRequest;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.soap.ProfessionalAssertions;
import org.dmp.it.support.soap.SoapPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The professional's assertion is checked on every call, over the wire: a missing, expired or
 * altered assertion is a SOAP fault naming the problem, and nothing is done.
 */
class AssertionOverTheWireIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(AssertionOverTheWireIT.class);
  }

  @Test
  void withoutAnAssertionTheCallIsAFault() {
    PatientsPortType port = SoapPorts.patients(Fixtures.doctor());
    ProfessionalAssertions.detach(port);

    assertThat(faultOf(port)).contains("ASSERTION_MISSING");
  }

  @Test
  void theRegistrysFaultCarriesTheCodeToo() {
    var registry = SoapPorts.registry(Fixtures.doctor());
    ProfessionalAssertions.detach(registry);

    jakarta.xml.ws.soap.SOAPFaultException fault =
        catchThrowableOfType(
            jakarta.xml.ws.soap.SOAPFaultException.class,
            () ->
                registry.documentRegistryRegistryStoredQuery(
                    org.dmp.it.support.soap.XdsRequests.query(
                        "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d", true)));

    assertThat(fault.getFault().getDetail().getTextContent()).contains("ASSERTION_MISSING");
    assertThat(fault.getFault().getFaultString()).contains("absent").contains("missing");
  }

  @Test
  void anExpiredAssertionIsAFault() {
    PatientsPortType port = SoapPorts.patients(Fixtures.doctor());
    Instant past = Instant.now().minusSeconds(7200);
    ProfessionalAssertions.attach(
        port,
        ProfessionalAssertions.vihf(
                Fixtures.DOCTOR_RPPS.value(), "Dr Paul DURAND", "10", "SM54", "750000001")
            .validity(past, past.plusSeconds(600))
            .signedBy(SoapPorts.organisation()));

    assertThat(faultOf(port)).contains("ASSERTION_EXPIRED");
  }

  @Test
  void anAssertionAlteredAfterSigningIsAFaultAndChangesNothing() {
    PatientsPortType port = SoapPorts.patients(Fixtures.doctor());
    var vihf = SoapPorts.assertionFor(Fixtures.doctor());
    // another professional's RPPS slipped in after the organisation signed
    var nameId =
        vihf.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "NameID").item(0);
    nameId.setTextContent("8" + Fixtures.OTHER_DOCTOR_RPPS.value());
    ProfessionalAssertions.attach(port, vihf);
    DatabaseState before = DatabaseState.of(dataSource);

    assertThat(faultOf(port)).contains("ASSERTION_SIGNATURE");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  private static String faultOf(PatientsPortType port) {
    TestRecordRequest request = new TestRecordRequest();
    Ins ins = Fixtures.newIns();
    var wire = new org.dmp.interfaces.ws.contract.patients.Ins();
    wire.setValue(ins.value());
    wire.setOid(ins.oid());
    request.setIns(wire);
    // the patients service's typed fault: its code says what is wrong with the assertion
    DmpFault_Exception fault =
        catchThrowableOfType(DmpFault_Exception.class, () -> port.testRecord(request));
    assertThat(fault).as("a SOAP fault").isNotNull();
    return fault.getFaultInfo().getCode() + " " + fault.getMessage();
  }
}

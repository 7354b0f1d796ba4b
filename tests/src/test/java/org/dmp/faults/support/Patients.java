package org.dmp.faults.support;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.DmpFault_Exception;
import org.dmp.interfaces.ws.contract.patients.IdentityTraits;
import org.dmp.interfaces.ws.contract.patients.OpeningChannel;
import org.dmp.interfaces.ws.contract.patients.Sex;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;

/**
 * Patients with an open record, made over the wire as practice software makes them (the patients
 * SOAP service, the tests' doctor with the patient's consent): the fault tests talk to their server
 * from outside only.
 */
public final class Patients {

  private Patients() {}

  /** A new test patient whose record the tests' doctor opened (and so may feed). */
  public static Ins withRecordOpenedByTheDoctor() {
    Ins ins = Fixtures.newIns();
    var wire = new org.dmp.interfaces.ws.contract.patients.Ins();
    wire.setValue(ins.value());
    wire.setOid(ins.oid());
    CreateRecordRequest request = new CreateRecordRequest();
    request.setIns(wire);
    IdentityTraits identity = new IdentityTraits();
    identity.setBirthName("MARTIN");
    identity.setFirstNames("Jeanne Louise");
    identity.setSex(Sex.F);
    try {
      identity.setBirthDate(DatatypeFactory.newInstance().newXMLGregorianCalendar("1948-03-14"));
      identity.setBirthPlaceCode("75056");
      request.setIdentity(identity);
      request.setChannel(OpeningChannel.PROFESSIONAL);
      request.setPatientConsent(true);
      SoapPorts.patients(Fixtures.doctor()).createRecord(request);
    } catch (DatatypeConfigurationException | DmpFault_Exception e) {
      throw new IllegalStateException("could not open the record of " + ins.value(), e);
    }
    return ins;
  }
}

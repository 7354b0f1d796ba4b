package org.dmp.faults.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.patients.AddAuthorizationRequest;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.DmpFault_Exception;
import org.dmp.interfaces.ws.contract.patients.IdentityTraits;
import org.dmp.interfaces.ws.contract.patients.OpeningChannel;
import org.dmp.interfaces.ws.contract.patients.PatientsPortType;
import org.dmp.interfaces.ws.contract.patients.Sex;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;

/**
 * Patients with an open record, made over the wire as practice software makes them (the patients
 * SOAP service, the tests' doctor with the patient's consent to open the record and to the doctor's
 * access): the fault tests talk to their server from outside only.
 */
public final class Patients {

  private Patients() {}

  /** {@code count} new test patients whose records the doctor opened, by 8 clients side by side. */
  public static List<Ins> withRecordsOpenedByTheDoctor(int count) {
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(8, count));
    ThreadLocal<PatientsPortType> ports =
        ThreadLocal.withInitial(() -> SoapPorts.patients(Fixtures.doctor()));
    try {
      List<Future<Ins>> opened = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        opened.add(executor.submit(() -> open(ports.get())));
      }
      List<Ins> patients = new ArrayList<>();
      for (Future<Ins> f : opened) {
        patients.add(f.get());
      }
      return patients;
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not open the records", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      executor.shutdownNow();
    }
  }

  /** A new test patient whose record the tests' doctor opened (and so may feed). */
  public static Ins withRecordOpenedByTheDoctor() {
    return open(SoapPorts.patients(Fixtures.doctor()));
  }

  private static Ins open(PatientsPortType doctor) {
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
      doctor.createRecord(request);
      // the patient's consent to this doctor's access (reading, not only feeding)
      AddAuthorizationRequest consent = new AddAuthorizationRequest();
      consent.setIns(wire);
      doctor.addAuthorization(consent);
    } catch (DatatypeConfigurationException | DmpFault_Exception e) {
      throw new IllegalStateException("could not open the record of " + ins.value(), e);
    }
    return ins;
  }
}

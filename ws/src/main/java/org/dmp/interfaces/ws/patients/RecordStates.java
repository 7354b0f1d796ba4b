package org.dmp.interfaces.ws.patients;

import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.dmp.application.record.RecordView;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.interfaces.ws.contract.patients.AuthorizationStatus;
import org.dmp.interfaces.ws.contract.patients.RecordState;
import org.dmp.interfaces.ws.contract.patients.RecordStatus;

/** A record as the patients service shows it to practice software: never its documents. */
final class RecordStates {

  private RecordStates() {}

  static RecordState of(RecordView r) {
    RecordState s = new RecordState();
    s.setStatus(RecordStatus.fromValue(r.status().name()));
    if (r.closedAt() != null) {
      try {
        s.setClosedAt(
            DatatypeFactory.newInstance()
                .newXMLGregorianCalendar(
                    GregorianCalendar.from(r.closedAt().atZone(ZoneOffset.UTC))));
      } catch (DatatypeConfigurationException e) {
        throw new IllegalStateException(e);
      }
      s.setClosureReason(r.closureReason() == null ? null : r.closureReason().name());
    }
    s.setAuthorization(AuthorizationStatus.fromValue(r.callerAuthorization().name()));
    s.setTreatingPhysician(r.callerIsTreatingPhysician());
    s.setBreakGlassAllowed(r.breakGlassAllowed());
    s.setCentre15Allowed(r.centre15Allowed());
    return s;
  }

  /** No record for this patient. */
  static RecordState none() {
    RecordState s = new RecordState();
    s.setStatus(RecordStatus.NONE);
    s.setAuthorization(AuthorizationStatus.NONE);
    s.setTreatingPhysician(false);
    s.setBreakGlassAllowed(false);
    s.setCentre15Allowed(false);
    return s;
  }

  /**
   * What the professional hands the patient when the record has been opened: named with the
   * identity the professional just gave (the record view a professional gets back may hold no
   * identity: the policy shows it only to those with a basis).
   */
  static String acknowledgement(RecordView r, IdentityTraits identity) {
    String name = identity.firstNames() + " " + identity.birthName();
    return "Dossier médical partagé ouvert le "
        + r.openedAt().atOffset(ZoneOffset.UTC).toLocalDate()
        + " pour "
        + name
        + " (INS "
        + r.ins().value()
        + "). Vous recevrez vos identifiants de connexion dans la lettre jointe. / Shared"
        + " medical record opened on "
        + r.openedAt().atOffset(ZoneOffset.UTC).toLocalDate()
        + " for "
        + name
        + "; your login details are in the enclosed letter.";
  }
}

package org.dmp.interfaces.rest.fhir;

import java.time.ZoneOffset;
import java.util.Date;
import org.dmp.application.record.RecordView;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.RecordId;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * A record's patient as a FHIR Patient: id = the record's id (so that the INS, a national
 * identifier, never appears in a URL), identifier = the INS under its OID, the INS traits (birth
 * name, first names, used name, sex, birth date), active = whether the record is open.
 */
final class Patients {

  private Patients() {}

  static Patient of(RecordView r) {
    Patient p = new Patient();
    p.setId(r.id().value().toString());
    p.addIdentifier(ins(r.ins()));
    p.setActive(r.status() != org.dmp.domain.record.RecordStatus.CLOSED);
    if (r.birthName() == null) {
      // the caller may not know who the patient is (no basis to read the record): id and INS only
      return p;
    }
    HumanName official = p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(r.birthName());
    for (String given : r.firstNames().split(" ")) {
      if (!given.isBlank()) {
        official.addGiven(given);
      }
    }
    if (r.usedName() != null && !r.usedName().isBlank()) {
      p.addName().setUse(HumanName.NameUse.USUAL).setFamily(r.usedName());
    }
    p.setGender(
        switch (r.sex()) {
          case F -> AdministrativeGender.FEMALE;
          case M -> AdministrativeGender.MALE;
          default -> AdministrativeGender.UNKNOWN;
        });
    p.setBirthDate(Date.from(r.birthDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
    return p;
  }

  static Identifier ins(Ins ins) {
    return new Identifier().setSystem("urn:oid:" + ins.oid()).setValue(ins.value());
  }

  static Reference reference(RecordId record, Ins ins) {
    return new Reference("Patient/" + record.value()).setIdentifier(ins(ins));
  }

  /** The INS of a token {@code system|value} ({@code patient.identifier}, {@code identifier}). */
  static Ins insOf(String token, String parameter) {
    int bar = token.indexOf('|');
    if (bar < 0 || !token.startsWith("urn:oid:")) {
      throw FhirInputException.invalid(
          parameter,
          parameter + " : l'INS s'écrit urn:oid:<OID de l'INS>|<NIR>",
          parameter + ": the INS is written urn:oid:<INS OID>|<NIR>");
    }
    return Ins.of(token.substring(bar + 1), token.substring("urn:oid:".length(), bar));
  }

  /** The INS of an identifier (a subject's, in a submitted Bundle). */
  static Ins insOf(Identifier identifier, String expression) {
    if (identifier == null || !identifier.hasSystem() || !identifier.hasValue()) {
      throw FhirInputException.missing(expression);
    }
    return insOf(identifier.getSystem() + "|" + identifier.getValue(), expression);
  }
}

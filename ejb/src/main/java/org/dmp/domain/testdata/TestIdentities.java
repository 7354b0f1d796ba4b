package org.dmp.domain.testdata;

import java.time.LocalDate;
import java.util.List;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;

/**
 * The test patients and professionals of a development server. The patients cover what vendors'
 * software must handle: both sexes, a newborn, a minor, a very old person, Corsica (2A, 2B), a
 * person born abroad (99), composed and accented names. Their NIRs carry a correct key but are
 * issued under the test OID, so that no document about them can ever be taken for a real person's.
 */
public final class TestIdentities {

  /** A test patient: the INS to send and the identity traits to check it with. */
  public record TestPatient(Ins ins, IdentityTraits identity) {}

  /** A test professional, as a VIHF names them (subject, role codes). */
  public record TestProfessional(
      Rpps rpps, String name, Profession profession, Specialty specialty) {}

  private static final List<TestPatient> PATIENTS =
      List.of(
          patient("2850375056001", "MARTIN", "Claire Anne", Sex.F, "1985-03-14", "75056"),
          patient("1720569123045", "DUPONT", "Jean-Pierre", Sex.M, "1972-05-02", "69123"),
          patient("2260113055012", "LÉGER", "Hélène", Sex.F, "1926-01-20", "13055"),
          patient("1120933063021", "N'DIAYE", "Moussa", Sex.M, "2012-09-30", "33063"),
          patient("2" + twoDigitYear() + "0159350002", "BERNARD", "Léa", Sex.F, null, "59350"),
          patient("16707<2A>004088", "CASANOVA", "Ange Marie", Sex.M, "1967-07-11", "2A004"),
          patient("29111<2B>033017", "SANTONI", "Maria", Sex.F, "1991-11-05", "2B033"),
          patient("1809999217003", "OLIVEIRA DA SILVA", "João", Sex.M, "1980-09-23", "99139"));

  private static final List<TestProfessional> PROFESSIONALS =
      List.of(
          professional("1000000001", "Dr DURAND Paul", Profession.DOCTOR, "SM54"),
          professional("1000000002", "Dr LAMBERT Sophie", Profession.DOCTOR, "SM26"),
          professional(
              "1000000003", "Dr MOREAU Luc (médecine du travail)", Profession.DOCTOR, "SM25"),
          professional("1000000004", "FOURNIER Julie", Profession.PHARMACIST, null),
          professional("1000000005", "GIRARD Marc", Profession.NURSE, null),
          professional("1000000006", "ROUX Camille", Profession.MIDWIFE, null),
          professional("1000000007", "Dr FAURE Nicolas", Profession.DENTIST, null));

  private TestIdentities() {}

  public static List<TestPatient> patients() {
    return PATIENTS;
  }

  public static List<TestProfessional> professionals() {
    return PROFESSIONALS;
  }

  /**
   * A patient from the 13 digits of a NIR ({@code <2A>} for a Corsican department), the key
   * computed; a null birth date means "born on 1 January this year" (the newborn stays a newborn).
   */
  private static TestPatient patient(
      String thirteen, String birthName, String firstNames, Sex sex, String born, String place) {
    String digits = thirteen.replace("<2A>", "2A").replace("<2B>", "2B");
    String nir = digits + String.format("%02d", Nir.keyOf(digits));
    LocalDate birthDate = born == null ? LocalDate.now().withDayOfYear(1) : LocalDate.parse(born);
    return new TestPatient(
        Ins.of(nir, InsAuthority.TEST_NIR.oid()),
        new IdentityTraits(birthName, firstNames, null, sex, birthDate, place));
  }

  private static String twoDigitYear() {
    return String.format("%02d", LocalDate.now().getYear() % 100);
  }

  private static TestProfessional professional(
      String tenDigits, String name, Profession profession, String specialty) {
    return new TestProfessional(
        Rpps.withCheckDigit(tenDigits),
        name,
        profession,
        specialty == null ? null : new Specialty(specialty));
  }
}

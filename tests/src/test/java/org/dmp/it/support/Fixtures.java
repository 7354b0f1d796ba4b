package org.dmp.it.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.document.Code;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.InsAuthority;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;

/** Fresh, valid test data: every test gets its own patient, so no test depends on another. */
public final class Fixtures {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static final Rpps DOCTOR_RPPS = Rpps.withCheckDigit("1000123456");
  public static final Rpps OTHER_DOCTOR_RPPS = Rpps.withCheckDigit("1000654321");
  public static final Rpps NURSE_RPPS = Rpps.withCheckDigit("1000111111");
  public static final Rpps OCCUPATIONAL_RPPS = Rpps.withCheckDigit("1000222222");

  private Fixtures() {}

  /** A test INS (test-NIR authority) nobody else uses: random, with its correct key. */
  public static Ins newIns() {
    String thirteen =
        (1 + RANDOM.nextInt(2))
            + digits(2)
            + String.format("%02d", 1 + RANDOM.nextInt(12))
            + String.format("%02d", 1 + RANDOM.nextInt(95))
            + digits(6);
    return new Ins(
        new Nir(thirteen + String.format("%02d", Nir.keyOf(thirteen))), InsAuthority.TEST_NIR);
  }

  public static IdentityTraits identity() {
    return new IdentityTraits(
        "MARTIN", "Jeanne Louise", null, Sex.F, LocalDate.of(1948, 3, 14), "75056");
  }

  /** The counter agent, logged in as account {@link #AGENT}. */
  public static Caller counterAgent() {
    return Caller.of(new Actor(ActorKind.COUNTER_AGENT, "agent-42", "Agent CPAM 42"), Channel.WEB);
  }

  /** A general practitioner, through practice software logged in as {@link #SOFTWARE}. */
  public static Caller doctor() {
    return professional(DOCTOR_RPPS, "Dr Paul DURAND", Profession.DOCTOR, "SM54");
  }

  /** Another doctor, through the same practice software. */
  public static Caller otherDoctor() {
    return professional(OTHER_DOCTOR_RPPS, "Dr Marie LEBLANC", Profession.DOCTOR, "SM26");
  }

  /** A nurse, through the same practice software. */
  public static Caller nurse() {
    return professional(NURSE_RPPS, "Anne LEROY", Profession.NURSE, null);
  }

  /** An occupational physician (specialty SM25), through the same practice software. */
  public static Caller occupationalPhysician() {
    return professional(OCCUPATIONAL_RPPS, "Dr Jean TRAVAIL", Profession.DOCTOR, "SM25");
  }

  /** The patient with this INS, logged in as {@link #patientLogin(Ins)}. */
  public static Caller patient(Ins ins) {
    return Caller.of(Actor.patient(ins, "Jeanne MARTIN"), Channel.WEB);
  }

  public static String patientLogin(Ins ins) {
    return "patient-" + ins.value();
  }

  /** A legal representative, logged in as {@link #REPRESENTATIVE}. */
  public static Caller representative() {
    return Caller.of(
        new Actor(ActorKind.REPRESENTATIVE, "rep-pierre-martin", "Pierre MARTIN"), Channel.WEB);
  }

  /** The health insurer's reimbursement feed, logged in as {@link #FEED}. */
  public static Caller feedSystem() {
    return Caller.of(new Actor(ActorKind.FEED_SYSTEM, "cnam-feed", "Flux CNAM"), Channel.REST);
  }

  public static Caller auditor() {
    return Caller.of(new Actor(ActorKind.AUDITOR, "auditor-1", "Auditeur"), Channel.WEB);
  }

  public static final String AGENT = "it-agent";
  public static final String SOFTWARE = "it-software";
  public static final String REPRESENTATIVE = "it-representative";
  public static final String FEED = "it-feed";

  /** An institution's system (a hospital) calling the REST API with its certificate. */
  public static final String HOSPITAL = "it-hospital";

  public static final String AUDITOR = "it-auditor";

  /** The test accounts every test may use (idempotent). */
  public static void ensureAccounts(DataSource dataSource) {
    TestAccounts.ensure(dataSource, AGENT, "COUNTER_AGENT", "agent-42", "COUNTER_AGENT");
    TestAccounts.ensure(dataSource, SOFTWARE, "ORGANISATION", "750000001", "PRACTICE_SOFTWARE");
    TestAccounts.ensure(
        dataSource, REPRESENTATIVE, "REPRESENTATIVE", "rep-pierre-martin", "REPRESENTATIVE");
    TestAccounts.ensure(dataSource, FEED, "FEED_SYSTEM", "cnam-feed", "FEED_SYSTEM");
    TestAccounts.ensure(dataSource, HOSPITAL, "ORGANISATION", "750000005", "INSTITUTION");
    TestAccounts.ensure(dataSource, AUDITOR, "AUDITOR", "auditor-1", "AUDITOR");
  }

  /** The account of the patient with this INS. */
  public static String ensurePatientAccount(DataSource dataSource, Ins ins) {
    String login = patientLogin(ins);
    TestAccounts.ensure(dataSource, login, "PATIENT", ins.value(), "PATIENT");
    return login;
  }

  private static Caller professional(Rpps rpps, String name, Profession p, String specialty) {
    return Caller.of(
        Actor.professional(
            rpps,
            name,
            new ProfessionalRole(
                p, specialty == null ? null : new Specialty(specialty), new Finess("750000001"))),
        Channel.SOAP);
  }

  public static Author doctorAuthor() {
    return Author.professional(
        DOCTOR_RPPS,
        "Dr Paul DURAND",
        Profession.DOCTOR,
        new Specialty("SM54"),
        new Finess("750000001"),
        "Cabinet Durand");
  }

  /** Complete, valid metadata for a report with a unique id nobody else uses. */
  public static DocumentMetadata report(String title) {
    return new DocumentMetadata(
        new DocumentUniqueId("1.2.250.1.999.1.1." + Math.abs(RANDOM.nextLong())),
        null,
        ClassCode.REPORT,
        new Code("11490-0", "2.16.840.1.113883.6.1", "Lettre de sortie"),
        new Code("urn:ihe:iti:xds:2017:mimeTypeSufficient", "1.3.6.1.4.1.19376.1.2.3", "PDF"),
        "application/pdf",
        title,
        doctorAuthor(),
        Instant.parse("2026-11-20T09:30:00Z"),
        null,
        null,
        "fr-FR",
        Set.of(ConfidentialityCode.N),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A document the patient adds to their own record (class 90, the patient as author). */
  public static DocumentMetadata patientDocument(Ins ins, String title) {
    DocumentMetadata r = report(title);
    return new DocumentMetadata(
        r.uniqueId(),
        null,
        ClassCode.DEPOSITED_BY_PATIENT,
        r.typeCode(),
        r.formatCode(),
        "application/pdf",
        title,
        Author.patient(ins.value(), "Jeanne MARTIN"),
        r.creationTime(),
        null,
        null,
        "fr-FR",
        Set.of(ConfidentialityCode.N),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Document bytes that contain a marker, to look for it where it must not be. */
  public static byte[] contentWith(String marker) {
    return ("%PDF-1.4 compte rendu de sortie " + marker + " fin").getBytes(StandardCharsets.UTF_8);
  }

  public static String marker() {
    return "MARQUEUR-" + Math.abs(RANDOM.nextLong());
  }

  private static String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(RANDOM.nextInt(10));
    }
    return s.toString();
  }
}

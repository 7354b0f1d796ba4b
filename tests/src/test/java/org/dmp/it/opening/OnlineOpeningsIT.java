package org.dmp.it.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.dmp.application.login.CodeSent;
import org.dmp.application.opening.OnlineOpenings;
import org.dmp.application.opening.OpeningConfirmation;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.insured.IdentityClaim;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.domain.verification.CodeCheck;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.InsuredReferential;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A patient opens their own record online: each refusal with its own code and nothing written (but
 * the failure that counts towards the lock), the lock after five failures, and the record opened
 * with channel ONLINE, the patient's account and the audit event of the patient's own opening.
 */
class OnlineOpeningsIT extends DmpIT {

  private static final LocalDate BORN = LocalDate.of(1961, 5, 2);

  @EJB OnlineOpenings openings;

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(OnlineOpeningsIT.class);
  }

  private Ins insured(String email, LocalDate born) {
    Ins ins = Fixtures.newIns();
    InsuredReferential.add(dataSource, ins, "LE GOFF", "Hélène Marie", born, email);
    return ins;
  }

  private static String email() {
    return "helene." + Fixtures.marker() + "@exemple.fr";
  }

  private static IdentityClaim helene(LocalDate born) {
    return new IdentityClaim("le goff", "HELENE", born);
  }

  @Test
  void anAdultWhoseTraitsAreTheInsurersOpensTheRecordOnlineWithTheirOwnPassword() {
    String email = email();
    Ins ins = insured(email, BORN);

    CodeSent sent = openings.requestCode(ins.value(), helene(BORN));
    assertThat(sent.maskedDestination()).isEqualTo("h•••@exemple.fr");
    String code = InsuredReferential.latestCode(dataSource, email);
    assertThat(openings.checkCode(ins.value(), code)).isEqualTo(CodeCheck.ACCEPTED);
    OpeningConfirmation done = openings.confirm(ins.value(), code, "une phrase de 2026");

    assertThat(done.opened()).isTrue();
    assertThat(done.login()).matches("P\\d{10}");
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from record where ins_nir = ? and opening_channel = 'ONLINE'",
                ins.value()))
        .isEqualTo(1);
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from account where login = ? and kind = 'PATIENT' and actor_id = ?"
                    + " and not must_change_password and email = ? and display_name = ?",
                done.login(),
                ins.value(),
                email,
                "Hélène LE GOFF"))
        .isEqualTo(1);
    RecordId id = As.call(Fixtures.AGENT, () -> records.find(Fixtures.counterAgent(), ins)).id();
    AuditEvent opened = audit.ofRecord(id).get(0);
    assertThat(opened.action()).isEqualTo(AuditAction.OPEN_RECORD);
    assertThat(opened.actorKind()).isEqualTo(ActorKind.PATIENT);
    assertThat(opened.actorId()).isEqualTo(ins.value());
    assertThat(opened.channel()).isEqualTo(Channel.WEB);
    assertThat(opened.rule()).isEqualTo("OWN_RECORD");
    assertThat(opened.detail()).isEqualTo("canal ONLINE");
    // the code is used up
    assertThat(openings.confirm(ins.value(), code, "une phrase de 2026").check())
        .isEqualTo(CodeCheck.NONE);
  }

  @Test
  void aNirWithAWrongKeyIsRefusedAndNothingIsWritten() {
    Ins ins = insured(email(), BORN);
    int key = Integer.parseInt(ins.value().substring(13));
    String wrongKey = ins.value().substring(0, 13) + String.format("%02d", key % 97 + 1);

    DmpException refused = refused(() -> openings.requestCode(wrongKey, helene(BORN)), false);

    assertThat(refused.code()).isIn("NIR_KEY", "NIR_FORM");
  }

  @Test
  void traitsThatAreNotTheInsurersAreRefusedAndOnlyTheFailureIsCounted() {
    Ins ins = insured(email(), BORN);

    DmpException refused =
        refused(
            () -> openings.requestCode(ins.value(), new IdentityClaim("LE GOFF", "Marie", BORN)),
            true);

    assertThat(refused.code()).isEqualTo("OPENING_IDENTITY");
    assertThat(refused.getMessage()).startsWith("Le numéro de sécurité sociale ne correspond pas");
    assertThat(failures(ins)).isEqualTo(1);
  }

  @Test
  void aNirTheInsurerDoesNotKnowGetsTheSameAnswer() {
    Ins unknown = Fixtures.newIns();

    DmpException refused = refused(() -> openings.requestCode(unknown.value(), helene(BORN)), true);

    assertThat(refused.code()).isEqualTo("OPENING_IDENTITY");
  }

  @Test
  void aMinorIsSentToACounter() {
    LocalDate born = LocalDate.now().minusYears(17);
    Ins ins = insured(email(), born);

    DmpException refused = refused(() -> openings.requestCode(ins.value(), helene(born)), false);

    assertThat(refused.code()).isEqualTo("OPENING_MINOR");
    assertThat(refused.getMessage())
        .startsWith(
            "Un dossier pour un mineur s'ouvre dans un accueil de l'Assurance Maladie avec son"
                + " représentant légal");
  }

  @Test
  void anOpenRecordIsNotOpenedTwiceAndAClosedOneCanBeReactivated() {
    Ins ins = insured(email(), BORN);
    RecordId id = openRecord(ins);

    DmpException open = refused(() -> openings.requestCode(ins.value(), helene(BORN)), false);
    assertThat(open.code()).isEqualTo("OPENING_RECORD_EXISTS");

    As.run(
        Fixtures.AGENT,
        () -> records.close(Fixtures.counterAgent(), id, ClosureReason.PATIENT_REQUEST, null));
    DmpException closed = refused(() -> openings.requestCode(ins.value(), helene(BORN)), false);
    assertThat(closed.code()).isEqualTo("OPENING_RECORD_CLOSED");
    assertThat(closed.getMessage()).contains("réactiver");
  }

  @Test
  void aWrongCodeIsReturnedCountedAndOpensNothing() {
    String email = email();
    Ins ins = insured(email, BORN);
    openings.requestCode(ins.value(), helene(BORN));
    String code = InsuredReferential.latestCode(dataSource, email);
    String wrong = code.equals("000000") ? "111111" : "000000";
    DatabaseState before = DatabaseState.of(dataSource);

    assertThat(openings.checkCode(ins.value(), wrong)).isEqualTo(CodeCheck.WRONG);
    assertThat(openings.confirm(ins.value(), wrong, "une phrase de 2026").check())
        .isEqualTo(CodeCheck.WRONG);

    assertThat(failures(ins)).isEqualTo(2);
    assertThat(withoutAttempts(DatabaseState.of(dataSource)))
        .as("nothing but the spent attempts")
        .isEqualTo(withoutAttempts(before));
    // the right code still works on its last attempt
    assertThat(openings.confirm(ins.value(), code, "une phrase de 2026").opened()).isTrue();
  }

  @Test
  void aPasswordThatBreaksTheRulesChangesNothingAndTheCodeStillWorks() {
    String email = email();
    Ins ins = insured(email, BORN);
    openings.requestCode(ins.value(), helene(BORN));
    String code = InsuredReferential.latestCode(dataSource, email);

    DmpException refused = refused(() -> openings.confirm(ins.value(), code, "court1"), false);

    assertThat(refused.code()).isEqualTo("PASSWORD_TOO_SHORT");
    assertThat(openings.confirm(ins.value(), code, "une phrase de 2026").opened()).isTrue();
  }

  @Test
  void fiveFailuresInAnHourLockTheOpeningOfTheNirEvenWithTheRightTraits() {
    String email = email();
    Ins ins = insured(email, BORN);
    for (int i = 0; i < 5; i++) {
      catchThrowableOfType(
          DmpException.class,
          () -> openings.requestCode(ins.value(), new IdentityClaim("DUPONT", "Hélène", BORN)));
    }

    DmpException locked = refused(() -> openings.requestCode(ins.value(), helene(BORN)), false);

    assertThat(locked.code()).isEqualTo("OPENING_LOCKED");
    assertThat(locked.getMessage()).startsWith("Trop d'essais : réessayez dans une heure.");
    assertThat(Sql.count(dataSource, "select count(*) from dev_outbox where recipient = ?", email))
        .as("no code sent")
        .isZero();
  }

  /**
   * The refusal of {@code action}: nothing written, but, if {@code counted}, the failure that
   * counts towards the lock.
   */
  private DmpException refused(Runnable action, boolean counted) {
    DatabaseState before = DatabaseState.of(dataSource);
    DmpException refused = catchThrowableOfType(DmpException.class, action::run);
    assertThat(refused).as("refused").isNotNull();
    DatabaseState after = DatabaseState.of(dataSource);
    if (counted) {
      assertThat(countOf(after)).as("the failure is counted").isEqualTo(countOf(before) + 1);
      assertThat(withoutFailures(after)).isEqualTo(withoutFailures(before));
    } else {
      assertThat(after).as("a refusal writes nothing").isEqualTo(before);
    }
    return refused;
  }

  private static long countOf(DatabaseState state) {
    return Long.parseLong(state.tables().get("opening_failure").split(" ")[0]);
  }

  private long failures(Ins ins) {
    return Sql.count(dataSource, "select count(*) from opening_failure where nir = ?", ins.value());
  }

  private static DatabaseState withoutFailures(DatabaseState state) {
    Map<String, String> tables = new TreeMap<>(state.tables());
    tables.remove("opening_failure");
    return new DatabaseState(tables);
  }

  private static DatabaseState withoutAttempts(DatabaseState state) {
    Map<String, String> tables = new TreeMap<>(state.tables());
    tables.remove("opening_failure");
    tables.remove("one_time_code");
    return new DatabaseState(tables);
  }
}

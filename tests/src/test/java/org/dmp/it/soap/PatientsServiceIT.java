package org.dmp.it.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.RecordId;
import org.dmp.interfaces.ws.contract.patients.AddAuthorizationRequest;
import org.dmp.interfaces.ws.contract.patients.AuthorizationStatus;
import org.dmp.interfaces.ws.contract.patients.CreateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.CreateRecordResponse;
import org.dmp.interfaces.ws.contract.patients.DeclareTreatingPhysicianRequest;
import org.dmp.interfaces.ws.contract.patients.DmpFault_Exception;
import org.dmp.interfaces.ws.contract.patients.PatientsPortType;
import org.dmp.interfaces.ws.contract.patients.ReactivateRecordRequest;
import org.dmp.interfaces.ws.contract.patients.RecordStatus;
import org.dmp.interfaces.ws.contract.patients.RemoveAuthorizationRequest;
import org.dmp.interfaces.ws.contract.patients.TestRecordRequest;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.dmp.it.support.soap.SoapPorts;
import org.dmp.it.support.web.ProfessionalSoftware;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The record-management service, as a professional's software uses it. */
class PatientsServiceIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(PatientsServiceIT.class);
  }

  private final PatientsPortType doctor = SoapPorts.patients(Fixtures.doctor());

  @Test
  void aDoctorOpensARecordWithConsentAndThePatientLogsInWithTheLetter() throws Exception {
    Ins ins = Fixtures.newIns();

    CreateRecordResponse created = doctor.createRecord(create(ins, true));

    assertThat(created.getRecord().getStatus()).isEqualTo(RecordStatus.OPEN);
    assertThat(created.getAcknowledgement())
        .contains("Dossier médical partagé ouvert")
        .contains(ins.value())
        .doesNotContain("null");
    String login = created.getFirstLogin().getLogin();
    String secret = created.getFirstLogin().getInitialSecret();
    assertThat(login).matches("P[0-9]{10}");
    assertThat(secret).hasSize(14);
    // the letter's secret is the patient's account's password (as the realm checks it; the
    // login page itself: web LoginIT)
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from account where login = ? and must_change_password",
                login))
        .isEqualTo(1);
    assertThat(secretMatches(login, secret)).isTrue();
    assertThat(secretMatches(login, secret + "x")).isFalse();
    assertThat(doctor.testRecord(test(ins)).getRecord().getStatus()).isEqualTo(RecordStatus.OPEN);
  }

  @Test
  void withoutThePatientsConsentNoRecordIsOpened() throws Exception {
    Ins ins = Fixtures.newIns();
    DatabaseState before = DatabaseState.of(dataSource);

    DmpFault_Exception refused =
        catchThrowableOfType(
            DmpFault_Exception.class, () -> doctor.createRecord(create(ins, false)));

    assertThat(refused.getFaultInfo().getCode()).isEqualTo("PATIENT_CONSENT");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
    assertThat(doctor.testRecord(test(ins)).getRecord().getStatus()).isEqualTo(RecordStatus.NONE);
  }

  @Test
  void aCreationMissingTheIdentityTheSexOrTheChannelIsAFaultNamingItAndWritesNothing()
      throws Exception {
    Ins ins = Fixtures.newIns();
    CreateRecordRequest noIdentity = create(ins, true);
    noIdentity.setIdentity(null);
    CreateRecordRequest noSex = create(ins, true);
    noSex.getIdentity().setSex(null);
    CreateRecordRequest noChannel = create(ins, true);
    noChannel.setChannel(null);
    DatabaseState before = DatabaseState.of(dataSource);

    var faults =
        java.util.stream.Stream.of(noIdentity, noSex, noChannel)
            .map(
                r ->
                    catchThrowableOfType(DmpFault_Exception.class, () -> doctor.createRecord(r))
                        .getFaultInfo())
            .toList();

    assertThat(faults).extracting(f -> f.getCode()).containsOnly("MISSING_VALUE");
    assertThat(faults.get(0).getMessage()).contains("identité").contains("identity");
    assertThat(faults.get(1).getMessage()).contains("sexe").contains("sex");
    assertThat(faults.get(2).getMessage()).contains("canal").contains("channel");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
  }

  @Test
  void aWrongNirKeyIsAFaultNamingIt() throws Exception {
    TestRecordRequest request = new TestRecordRequest();
    org.dmp.interfaces.ws.contract.patients.Ins wrong =
        new org.dmp.interfaces.ws.contract.patients.Ins();
    wrong.setValue("184127645108945");
    wrong.setOid("1.2.250.1.213.1.4.10");
    request.setIns(wrong);

    DmpFault_Exception refused =
        catchThrowableOfType(DmpFault_Exception.class, () -> doctor.testRecord(request));

    assertThat(refused.getFaultInfo().getCode()).isEqualTo("NIR_KEY");
    assertThat(refused.getFaultInfo().getMessage()).contains("Clé du NIR incorrecte");
  }

  @Test
  void theOralConsentTheTreatingPhysicianAndTheirStatusAsTheSoftwareSeesThem() throws Exception {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    assertThat(doctor.testRecord(test(ins)).getRecord().getAuthorization())
        .isEqualTo(AuthorizationStatus.NONE);
    int eventsBefore = historyOf(Fixtures.patient(ins), id).size();

    AddAuthorizationRequest add = new AddAuthorizationRequest();
    add.setIns(ins(ins));
    assertThat(doctor.addAuthorization(add).getAuthorization())
        .isEqualTo(AuthorizationStatus.VALID);
    DeclareTreatingPhysicianRequest declare = new DeclareTreatingPhysicianRequest();
    declare.setIns(ins(ins));
    assertThat(doctor.declareTreatingPhysician(declare).getRecord().isTreatingPhysician()).isTrue();
    RemoveAuthorizationRequest remove = new RemoveAuthorizationRequest();
    remove.setIns(ins(ins));
    assertThat(doctor.removeAuthorization(remove).getAuthorization())
        .isEqualTo(AuthorizationStatus.NONE);
    var state = doctor.testRecord(test(ins)).getRecord();
    assertThat(state.getAuthorization()).isEqualTo(AuthorizationStatus.NONE);
    assertThat(state.isTreatingPhysician()).isTrue();
    assertThat(state.isBreakGlassAllowed()).isTrue();
    // the patient's history shows the three acts and the last test, nothing more
    assertThat(historyOf(Fixtures.patient(ins), id).stream().skip(eventsBefore))
        .extracting(e -> e.action().name())
        .containsExactly(
            "ORAL_CONSENT",
            "DECLARE_TREATING_PHYSICIAN",
            "WITHDRAW_ORAL_CONSENT",
            "READ_RECORD",
            "READ_ACCESS_HISTORY");
  }

  @Test
  void aClosedRecordShowsItsClosureAndIsReactivated() throws Exception {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    run(Fixtures.counterAgent(), c -> records.close(c, id, ClosureReason.PATIENT_REQUEST, null));

    var closed = doctor.testRecord(test(ins)).getRecord();
    ReactivateRecordRequest reactivate = new ReactivateRecordRequest();
    reactivate.setIns(ins(ins));
    var reopened = doctor.reactivateRecord(reactivate).getRecord();

    assertThat(closed.getStatus()).isEqualTo(RecordStatus.CLOSED);
    assertThat(closed.getClosedAt()).isNotNull();
    assertThat(closed.getClosureReason()).isEqualTo("PATIENT_REQUEST");
    assertThat(reopened.getStatus()).isEqualTo(RecordStatus.REOPENED);
  }

  @Test
  void aBlockedProfessionalLearnsItAndIsRefusedWithTheRule() throws Exception {
    Ins ins = Fixtures.newIns();
    RecordId id = openRecord(ins);
    run(Fixtures.patient(ins), c -> consents.block(c, id, Fixtures.DOCTOR_RPPS));

    var state = doctor.testRecord(test(ins)).getRecord();
    AddAuthorizationRequest add = new AddAuthorizationRequest();
    add.setIns(ins(ins));
    DatabaseState before = DatabaseState.of(dataSource);
    DmpFault_Exception refused =
        catchThrowableOfType(DmpFault_Exception.class, () -> doctor.addAuthorization(add));

    // the denial is all it writes: no authorization, no reading of the record
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before.plusOneDenial());
    assertThat(state.getAuthorization()).isEqualTo(AuthorizationStatus.FORBIDDEN);
    assertThat(refused.getFaultInfo().getCode()).isEqualTo("ACCESS_DENIED");
    assertThat(refused.getFaultInfo().getRule()).isEqualTo("BLOCKED");
  }

  private static CreateRecordRequest create(Ins ins, boolean consent) throws Exception {
    CreateRecordRequest r = ProfessionalSoftware.creation(ins);
    r.setPatientConsent(consent);
    return r;
  }

  private static TestRecordRequest test(Ins ins) {
    TestRecordRequest r = new TestRecordRequest();
    r.setIns(ins(ins));
    return r;
  }

  private static org.dmp.interfaces.ws.contract.patients.Ins ins(Ins ins) {
    var wire = new org.dmp.interfaces.ws.contract.patients.Ins();
    wire.setValue(ins.value());
    wire.setOid(ins.oid());
    return wire;
  }

  private boolean secretMatches(String login, String secret) throws Exception {
    try (var connection = dataSource.getConnection();
        var query =
            connection.prepareStatement(
                "select password_hash, password_salt, password_rounds from account where login = ?")) {
      query.setString(1, login);
      try (var row = query.executeQuery()) {
        row.next();
        return org.dmp.domain.account.PasswordHash.matches(
            secret, row.getString(1), row.getString(2), row.getInt(3));
      }
    }
  }
}

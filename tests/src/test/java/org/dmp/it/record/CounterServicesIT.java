package org.dmp.it.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.consent.RepresentativeView;
import org.dmp.application.record.FirstLogin;
import org.dmp.application.record.OpenedRecord;
import org.dmp.domain.account.Contact;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * What the counter pages need from the services: opening with the patient's contact, renewing a
 * patient's credentials, a legal representative with their own account.
 */
class CounterServicesIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(CounterServicesIT.class);
  }

  private OpenedRecord openWithContact(Ins ins) {
    return As.call(
        Fixtures.AGENT,
        () ->
            records.openWithFirstLogin(
                Fixtures.counterAgent(),
                ins,
                Fixtures.identity(),
                OpeningChannel.COUNTER,
                true,
                new Contact("jeanne@exemple.fr", "06 12 34 56 78")));
  }

  @Test
  void theOpenedAccountHasThePatientsContactAndName() {
    OpenedRecord opened = openWithContact(Fixtures.newIns());

    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from account where login = ? and email = 'jeanne@exemple.fr'"
                    + " and phone = '0612345678' and display_name = 'Jeanne Louise MARTIN'",
                opened.firstLogin().login()))
        .isEqualTo(1);
  }

  @Test
  void renewedCredentialsUnlockTheAccountWithANewSecretAndAreAudited() {
    OpenedRecord opened = openWithContact(Fixtures.newIns());
    String login = opened.firstLogin().login();
    Sql.update(
        dataSource,
        "update account set locked_until = now() + interval '1 hour', enabled = false,"
            + " must_change_password = false where login = ?",
        login);

    FirstLogin renewed =
        call(Fixtures.counterAgent(), c -> records.renewCredentials(c, opened.record().id()));

    assertThat(renewed.login()).isEqualTo(login);
    assertThat(renewed.initialSecret()).isNotEqualTo(opened.firstLogin().initialSecret());
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from account where login = ? and enabled and locked_until is null"
                    + " and must_change_password",
                login))
        .isEqualTo(1);
    assertThat(lastEvent(opened.record().id()).action()).isEqualTo(AuditAction.RENEW_CREDENTIALS);
  }

  @Test
  void anAccountWithoutAnEmailGetsOneWithItsRenewedCredentials() {
    OpenedRecord opened = openWithContact(Fixtures.newIns());
    String login = opened.firstLogin().login();
    Sql.update(dataSource, "update account set email = null where login = ?", login);
    DatabaseState before = DatabaseState.of(dataSource);

    assertThat(
            refused(Fixtures.counterAgent(), c -> records.renewCredentials(c, opened.record().id()))
                .code())
        .isEqualTo("CONTACT_EMAIL_REQUIRED");
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);

    call(
        Fixtures.counterAgent(),
        c ->
            records.renewCredentials(
                c, opened.record().id(), new Contact("jeanne.nouvelle@exemple.fr", null)));
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from account where login = ? and email = 'jeanne.nouvelle@exemple.fr'"
                    + " and phone = '0612345678'",
                login))
        .isEqualTo(1);
  }

  @Test
  void credentialsOfAClosedRecordAreNotRenewed() {
    RecordId id = openWithContact(Fixtures.newIns()).record().id();
    run(Fixtures.counterAgent(), c -> records.close(c, id, ClosureReason.PATIENT_REQUEST, null));

    AccessDeniedException denied =
        denied(Fixtures.counterAgent(), c -> records.renewCredentials(c, id));

    assertThat(denied.rule()).isEqualTo(Rule.RECORD_CLOSED);
  }

  @Test
  void aPatientWithoutAnOnlineAccountHasNoCredentialsToRenew() {
    RecordId id =
        As.call(
                Fixtures.AGENT,
                () ->
                    records.open(
                        Fixtures.counterAgent(),
                        Fixtures.newIns(),
                        Fixtures.identity(),
                        OpeningChannel.COUNTER,
                        true))
            .id();

    assertThat(refused(Fixtures.counterAgent(), c -> records.renewCredentials(c, id)).code())
        .isEqualTo("NO_PATIENT_ACCOUNT");
  }

  @Test
  void aRepresentativeRecordedWithTheirAccountIsListedWithTheirLogin() {
    RecordId id = openWithContact(Fixtures.newIns()).record().id();

    FirstLogin representative =
        call(
            Fixtures.counterAgent(),
            c ->
                settings.addRepresentativeWithAccount(
                    c, id, "Marie MARTIN", new Contact("marie@exemple.fr", null)));

    List<RepresentativeView> listed =
        call(Fixtures.counterAgent(), c -> settings.representatives(c, id));
    assertThat(listed)
        .containsExactly(new RepresentativeView(representative.login(), "Marie MARTIN"));
    assertThat(
            Sql.count(
                dataSource,
                "select count(*) from account a join account_role r on r.login = a.login"
                    + " where a.login = ? and a.kind = 'REPRESENTATIVE' and a.actor_id = a.login"
                    + " and r.role = 'REPRESENTATIVE' and a.email = 'marie@exemple.fr'",
                representative.login()))
        .isEqualTo(1);
  }
}

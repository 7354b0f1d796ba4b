package org.dmp.it.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dmp.application.statistics.PharmacyStatement;
import org.dmp.application.statistics.Statistics;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.it.support.As;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestAccounts;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The pharmacies' statement: one euro per record opened at a pharmacy's counter. */
class PharmacyStatementIT extends DmpIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
  private static final String SUPERVISOR = "it-supervisor";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(PharmacyStatementIT.class);
  }

  @jakarta.inject.Inject Statistics statistics;

  @Test
  void eachPharmacyIsOwedOneEuroPerRecordOpenedAtItsCounter() {
    TestAccounts.ensure(dataSource, SUPERVISOR, "COUNTER_AGENT", "sup-1", "COUNTER_SUPERVISOR");
    Finess marche = newFiness();
    Finess gare = newFiness();
    PharmacyStatement before = statement(SUPERVISOR);

    for (int i = 0; i < 3; i++) {
      openAtPharmacy(pharmacist(marche, "Pharmacie du Marché; \"centre\""));
    }
    openAtPharmacy(pharmacist(gare, "Pharmacie de la Gare"));
    openRecord(); // at an insurer's counter: not paid to a pharmacy

    PharmacyStatement after = statement(SUPERVISOR);
    PharmacyStatement audited = statement(Fixtures.AUDITOR);

    assertThat(line(after, marche).openings()).isEqualTo(3);
    assertThat(line(after, marche).amount()).isEqualByComparingTo("3");
    assertThat(line(after, marche).name()).isEqualTo("Pharmacie du Marché; \"centre\"");
    assertThat(line(after, gare).openings()).isEqualTo(1);
    assertThat(line(after, gare).amount()).isEqualByComparingTo("1");
    assertThat(after.lines()).hasSize(before.lines().size() + 2);
    assertThat(after.lines().indexOf(line(after, marche)))
        .isLessThan(after.lines().indexOf(line(after, gare)));
    assertThat(after.openings() - before.openings()).isEqualTo(4);
    assertThat(after.amount().subtract(before.amount())).isEqualByComparingTo(new BigDecimal(4));
    assertThat(audited.amount()).isEqualByComparingTo(after.amount());
  }

  @Test
  void aCounterAgentDoesNotSeeWhatPharmaciesArePaid() {
    assertThat(catchThrowableOfType(EJBAccessException.class, () -> statement(Fixtures.AGENT)))
        .isNotNull();
  }

  @Test
  void aBadPeriodIsRefusedByName() {
    TestAccounts.ensure(dataSource, SUPERVISOR, "COUNTER_AGENT", "sup-1", "COUNTER_SUPERVISOR");

    for (LocalDate[] period :
        new LocalDate[][] {
          {TODAY, TODAY.minusDays(1)}, {TODAY.minusDays(400), TODAY}, {null, TODAY}
        }) {
      InvalidValueException refused =
          catchThrowableOfType(
              InvalidValueException.class,
              () -> As.call(SUPERVISOR, () -> statistics.pharmacyOpenings(period[0], period[1])));
      assertThat(refused).as(period[0] + " – " + period[1]).isNotNull();
      assertThat(refused.code()).isEqualTo("STATISTICS_PERIOD");
    }
  }

  private PharmacyStatement statement(String login) {
    return As.call(login, () -> statistics.pharmacyOpenings(TODAY, TODAY));
  }

  private static PharmacyStatement.Line line(PharmacyStatement s, Finess finess) {
    return s.lines().stream()
        .filter(l -> finess.value().equals(l.finess()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + finess + " in " + s));
  }

  /** A pharmacist through their pharmacy's software (logged in as the usual organisation). */
  private static Caller pharmacist(Finess pharmacy, String pharmacyName) {
    return Caller.of(
        Actor.professional(
            Rpps.withCheckDigit("1000333333"),
            "Claire PHARMA",
            new ProfessionalRole(Profession.PHARMACIST, null, pharmacy, pharmacyName)),
        Channel.SOAP);
  }

  private void openAtPharmacy(Caller pharmacist) {
    Ins ins = Fixtures.newIns();
    Fixtures.ensurePatientAccount(dataSource, ins);
    As.call(
        Fixtures.SOFTWARE,
        () -> records.open(pharmacist, ins, Fixtures.identity(), OpeningChannel.PHARMACY, true));
  }

  /** A FINESS no other test uses (department 99 does not exist: no real pharmacy has it). */
  private static Finess newFiness() {
    return new Finess("99" + String.format("%07d", RANDOM.nextInt(10_000_000)));
  }
}

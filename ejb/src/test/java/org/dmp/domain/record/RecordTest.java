package org.dmp.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.shared.DmpException;
import org.junit.jupiter.api.Test;

class RecordTest {

  private static final Instant OPENED = Instant.parse("2026-01-10T10:00:00Z");
  private static final Instant CLOSED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Actor AGENT = new Actor(ActorKind.COUNTER_AGENT, "agent-1", "Agent 1");

  private static Record open() {
    return Record.open(
        Ins.of("184127645108946", "1.2.250.1.213.1.4.10"),
        new IdentityTraits("DURAND", "Paul", null, Sex.M, LocalDate.of(1984, 12, 1), null),
        OpeningChannel.COUNTER,
        true,
        AGENT,
        OPENED);
  }

  @Test
  void noRecordIsOpenedWithoutThePatientsConsent() {
    assertThatThrownBy(
            () ->
                Record.open(
                    Ins.of("184127645108946", "1.2.250.1.213.1.4.10"),
                    new IdentityTraits(
                        "DURAND", "Paul", null, Sex.M, LocalDate.of(1984, 12, 1), null),
                    OpeningChannel.COUNTER,
                    false,
                    AGENT,
                    OPENED))
        .isInstanceOf(ConsentRequiredException.class)
        .hasMessageContaining("consentement");
  }

  @Test
  void aNewRecordIsOpenAndRemembersHowAndByWhom() {
    Record record = open();

    assertThat(record.status()).isEqualTo(RecordStatus.OPEN);
    assertThat(record.openingChannel()).isEqualTo(OpeningChannel.COUNTER);
    assertThat(record.openedBy()).isEqualTo("COUNTER_AGENT:agent-1");
    assertThat(record.openedAt()).isEqualTo(OPENED);
    record.ensureActive();
  }

  @Test
  void closingSetsThePurgeDateTenYearsOnAndStopsReadingAndFeeding() {
    Record record = open();

    record.close(ClosureReason.DECEASED, null, AGENT, CLOSED);

    assertThat(record.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(record.purgeDueAt()).isEqualTo(Instant.parse("2036-03-01T08:00:00Z"));
    assertThatThrownBy(record::ensureActive).isInstanceOf(RecordClosedException.class);
  }

  @Test
  void reactivationBeforeThePurgeDateReopensAndCancelsThePurge() {
    Record record = open();
    record.close(ClosureReason.PATIENT_REQUEST, null, AGENT, CLOSED);

    record.reactivate(AGENT, Instant.parse("2036-02-29T23:59:59Z"));

    assertThat(record.status()).isEqualTo(RecordStatus.REOPENED);
    assertThat(record.purgeDueAt()).isNull();
    record.ensureActive();
  }

  @Test
  void reactivationOnOrAfterThePurgeDateIsRefused() {
    Record record = open();
    record.close(ClosureReason.PATIENT_REQUEST, null, AGENT, CLOSED);

    assertThatThrownBy(() -> record.reactivate(AGENT, Instant.parse("2036-03-01T08:00:00Z")))
        .isInstanceOf(DmpException.class)
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("RECORD_PURGE_DUE");
  }

  @Test
  void stepsThatDoNotApplyAreRefused() {
    Record record = open();

    assertThatThrownBy(() -> record.reactivate(AGENT, CLOSED))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("RECORD_NOT_CLOSED");
    assertThatThrownBy(() -> record.close(ClosureReason.OTHER, "", AGENT, CLOSED))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("CLOSURE_COMMENT_REQUIRED");
    record.close(ClosureReason.OTHER, "Déménagement à l'étranger", AGENT, CLOSED);
    assertThatThrownBy(() -> record.close(ClosureReason.DECEASED, null, AGENT, CLOSED))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("RECORD_ALREADY_CLOSED");
    assertThat(record.closureComment()).isEqualTo("Déménagement à l'étranger");
  }
}

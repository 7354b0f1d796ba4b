package org.dmp.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final UUID RECORD = UUID.randomUUID();
  private static final Caller DOCTOR =
      Caller.of(
          Actor.professional(
              new Rpps("10001234565"), "Dr X", new ProfessionalRole(Profession.DOCTOR, null, null)),
          Channel.SOAP);

  private static AuditEvent first() {
    return AuditEvent.chained(
        AuditEvent.chainOf(RECORD),
        0,
        AuditEvent.GENESIS,
        AuditEntry.allowed(DOCTOR, AuditAction.FEED, RECORD, UUID.randomUUID(), "R"),
        Instant.parse("2026-11-23T10:15:30.123456789Z"));
  }

  @Test
  void eventsOfARecordFormAChainFromTheGenesis() {
    AuditEvent first = first();
    AuditEvent second =
        AuditEvent.chained(
            first.chainId(),
            first.seq(),
            first.hash(),
            AuditEntry.allowed(DOCTOR, AuditAction.READ_DOCUMENT, RECORD, null, "R"),
            Instant.parse("2026-11-23T10:16:00Z"));

    assertThat(first.seq()).isEqualTo(1);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(first.follows(AuditEvent.GENESIS)).isTrue();
    assertThat(second.follows(first.hash())).isTrue();
    assertThat(second.follows(AuditEvent.GENESIS)).isFalse();
    assertThat(first.chainId()).isEqualTo(RECORD.toString());
  }

  @Test
  void timeIsKeptToTheMicrosecondAsTheDatabaseDoes() {
    assertThat(first().occurredAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123456Z"));
  }

  @Test
  void anyChangedFieldBreaksTheEvent() throws Exception {
    AuditEvent event = first();
    Field actor = AuditEvent.class.getDeclaredField("actorId");
    actor.setAccessible(true);
    actor.set(event, "someone else");

    assertThat(event.follows(AuditEvent.GENESIS)).isFalse();
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    AuditEvent a =
        AuditEvent.chained(
            "c",
            0,
            AuditEvent.GENESIS,
            new AuditEntry(DOCTOR, AuditAction.FEED, null, null, Decision.ALLOWED, "AB", "C"),
            Instant.EPOCH);
    AuditEvent b =
        AuditEvent.chained(
            "c",
            0,
            AuditEvent.GENESIS,
            new AuditEntry(DOCTOR, AuditAction.FEED, null, null, Decision.ALLOWED, "A", "BC"),
            Instant.EPOCH);

    assertThat(a.hash()).isNotEqualTo(b.hash());
  }
}

package org.dmp.application.record;

import java.time.Instant;
import java.time.LocalDate;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.policy.RecordFacts;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordStatus;

/**
 * A record as the boundaries show it: its identity, state, history and emergency settings, and the
 * caller's own standing on it (authorization status, treating physician), never its documents.
 */
public record RecordView(
    RecordId id,
    Ins ins,
    String birthName,
    String firstNames,
    String usedName,
    Sex sex,
    LocalDate birthDate,
    String birthPlaceCode,
    RecordStatus status,
    OpeningChannel openingChannel,
    String openedBy,
    Instant openedAt,
    Instant closedAt,
    ClosureReason closureReason,
    String closureComment,
    Instant purgeDueAt,
    Instant reactivatedAt,
    boolean breakGlassAllowed,
    boolean centre15Allowed,
    AuthorizationStatus callerAuthorization,
    boolean callerIsTreatingPhysician) {

  public static RecordView of(Record r, Caller caller, RecordFacts facts) {
    boolean treating = facts.callerTreats(caller.actor());
    return new RecordView(
        r.id(),
        r.ins(),
        r.identity().birthName(),
        r.identity().firstNames(),
        r.identity().usedName(),
        r.identity().sex(),
        r.identity().birthDate(),
        r.identity().birthPlaceCode(),
        r.status(),
        r.openingChannel(),
        r.openedBy(),
        r.openedAt(),
        r.closedAt(),
        r.closureReason(),
        r.closureComment(),
        r.purgeDueAt(),
        r.reactivatedAt(),
        r.breakGlassAllowed(),
        r.centre15Allowed(),
        facts.callerAuthorization(),
        treating);
  }
}

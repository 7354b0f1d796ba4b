package org.dmp.application.record;

import java.time.Instant;
import java.time.LocalDate;
import org.dmp.domain.actor.AccessMode;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Sex;
import org.dmp.domain.policy.AuthorizationStatus;
import org.dmp.domain.policy.RecordFacts;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.ClosureReason;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordStatus;

/**
 * A record as the boundaries show it: its identity, state, history and emergency settings, and the
 * caller's own standing on it (authorization status, treating physician), never its documents. The
 * declared treating physician's RPPS is shown to whoever may see the patient's identity.
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
    Rpps treatingPhysician,
    AuthorizationStatus callerAuthorization,
    boolean callerIsTreatingPhysician) {

  public static RecordView of(Record r, Caller caller, RecordFacts facts) {
    boolean treating = facts.callerTreats(caller.actor());
    // a professional learns who the patient is only with a basis to read the record (authorized,
    // treating, or an emergency mode the policy then decides on): otherwise the INS alone would
    // turn into a name, a sex and a birth date for anyone, the patient's blocked professionals
    // included. They still see the record's state and their own standing, as ITI's TestRecord.
    boolean identity =
        caller.actor().kind() != ActorKind.PROFESSIONAL
            || treating
            || facts.callerAuthorization() == AuthorizationStatus.VALID
            || caller.mode() != AccessMode.NORMAL;
    return new RecordView(
        r.id(),
        r.ins(),
        identity ? r.identity().birthName() : null,
        identity ? r.identity().firstNames() : null,
        identity ? r.identity().usedName() : null,
        identity ? r.identity().sex() : null,
        identity ? r.identity().birthDate() : null,
        identity ? r.identity().birthPlaceCode() : null,
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
        identity ? r.treatingPhysician() : null,
        facts.callerAuthorization(),
        treating);
  }
}

package org.dmp.application.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordAlreadyExistsException;
import org.dmp.domain.record.RecordRepository;

/**
 * Opening a record, decided by the access policy and audited: the act behind {@link Records#open}
 * and behind the patient's own online opening ({@code OnlineOpenings}), whose caller has no account
 * yet and so no container role; that service proves who the caller is (the insurer's traits, the
 * code sent to the insurer's contact) before it calls this. For application services only: a
 * boundary opens a record through {@link Records}.
 */
@ApplicationScoped
public class RecordOpening {

  @Inject RecordRepository records;
  @Inject ContentStore contents;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;
  @Inject Clock clock;
  @Inject AccountRepository accounts;

  public RecordView open(
      Caller caller,
      Ins ins,
      IdentityTraits identity,
      OpeningChannel channel,
      boolean patientConsented) {
    AccessDecision decision = guard.requireOpening(caller, ins);
    records
        .findByNir(ins.nir())
        .ifPresent(
            existing -> {
              throw new RecordAlreadyExistsException(existing.status());
            });
    Record record =
        Record.open(ins, identity, channel, patientConsented, caller.actor(), clock.instant());
    records.add(record);
    contents.createRecordKey(record.id());
    audit.add(
        AuditEntry.allowed(
                caller, AuditAction.OPEN_RECORD, record.id().value(), null, decision.rule().name())
            .withDetail("canal " + channel));
    return RecordView.of(record, caller, guard.facts(caller, record));
  }

  /** A login nobody has: P and ten digits, easy to type from a letter or a screen. */
  public String newPatientLogin() {
    while (true) {
      String login = Secrets.patientLogin();
      if (accounts.find(login).isEmpty()) {
        return login;
      }
    }
  }
}

package org.dmp.application.feed;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmp.application.document.Documents;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.actor.Channel;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.document.DocumentRepository;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobs;
import org.dmp.domain.feed.JobState;
import org.dmp.domain.feed.ReimbursementDocument;
import org.dmp.domain.feed.ReimbursementHistory;
import org.dmp.domain.feed.ReimbursementLedger;
import org.dmp.domain.feed.ReimbursementLedger.PatientDocument;
import org.dmp.domain.feed.ReimbursementLine;
import org.dmp.domain.feed.ReimbursementWindow;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordRepository;

/**
 * Applies a job's next batch of patients in one transaction, so that a patient's kept lines, their
 * new document and the job's progress change together or not at all. For each patient: no record,
 * skipped and counted; a closed record, skipped and counted; otherwise the file's lines are kept
 * and, if the lines of the window differ from what the current document shows, a new document
 * replaces it (fed through {@link Documents}: encrypted, audited, searchable).
 */
@Stateless
@PermitAll
public class ReimbursementPatients {

  @Inject FeedJobs jobs;
  @Inject ReimbursementLedger ledger;
  @Inject RecordRepository records;
  @Inject DocumentRepository entries;
  @Inject Clock clock;
  @EJB Documents documents;

  /**
   * Applies up to {@code max} patients of the lane; how many (0: none left, or the job is not
   * running).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int applyNext(FeedJobId id, int lane, int max) {
    Optional<FeedJob> job = jobs.lockLane(id, lane);
    if (job.isEmpty()) {
      return 0;
    }
    List<Nir> batch = jobs.nextPatients(id, lane, max);
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Nir, Record> active = new HashMap<>();
    int closed = 0;
    List<Record> found = records.lockAllByNir(batch);
    for (Record record : found) {
      if (record.status().isActive()) {
        active.put(record.ins().nir(), record);
      } else {
        closed++;
      }
    }
    int withoutRecord = batch.size() - found.size();
    List<Nir> fed = List.copyOf(active.keySet());
    int updated = fed.isEmpty() ? 0 : feed(job.get(), fed, active);
    jobs.applied(
        id,
        lane,
        batch.get(batch.size() - 1),
        new FeedJobs.Outcomes(updated, fed.size() - updated, withoutRecord, closed));
    return batch.size();
  }

  /** Ends the job. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(FeedJobId id, JobState state, String failure) {
    jobs.finish(id, state, failure);
  }

  /** Drops the staged lines of the jobs that have ended. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void dropStaging() {
    jobs.dropStaging();
  }

  /** Keeps the lines of the patients with an active record, regenerates changed documents. */
  private int feed(FeedJob job, List<Nir> patients, Map<Nir, Record> active) {
    ledger.keep(jobs.stagedLines(job.id(), patients));
    // a day of care is a French day (the clock is UTC)
    LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")));
    Instant now = clock.instant();
    ReimbursementWindow window = ReimbursementWindow.endingOn(today);
    Map<Nir, List<ReimbursementLine>> kept = ledger.linesSince(patients, window.start());
    Map<Nir, PatientDocument> current = ledger.documents(patients);
    Caller caller =
        Caller.of(new Actor(ActorKind.FEED_SYSTEM, job.actorId(), job.actorName()), Channel.REST);
    Author author = Author.system(job.actorId(), job.actorName());
    int updated = 0;
    for (Nir nir : patients) {
      Record record = active.get(nir);
      ReimbursementHistory history =
          new ReimbursementHistory(nir, window, kept.getOrDefault(nir, new ArrayList<>()));
      String digest = history.digest();
      PatientDocument previous = current.get(nir);
      if (previous != null
          && previous.digest().equals(digest)
          && previous.record().equals(record.id())) {
        continue;
      }
      DocumentEntry replaced = previous == null ? null : replaceable(previous.entry());
      // the new version keeps the visibility the patient chose for the one it replaces
      EntryUuid entry =
          documents
              .add(
                  caller,
                  record.id(),
                  ReimbursementDocument.metadata(
                      author,
                      window,
                      now,
                      replaced == null ? null : replaced.entryUuid(),
                      replaced == null
                          ? Set.of(ConfidentialityCode.N)
                          : replaced.confidentiality()),
                  history.statement(today))
              .entryUuid();
      ledger.save(nir, new PatientDocument(record.id(), entry, digest));
      updated++;
    }
    return updated;
  }

  /**
   * The current version of the previous document, to be replaced; none if it is no longer current
   * (deleted or archived by its author): the new document then simply becomes the current one.
   */
  private DocumentEntry replaceable(EntryUuid previous) {
    return entries
        .find(previous)
        .map(entries::latestVersion)
        .filter(DocumentEntry::isCurrent)
        .orElse(null);
  }
}

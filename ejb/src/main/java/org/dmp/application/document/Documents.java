package org.dmp.application.document;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.content.ContentLimit;
import org.dmp.domain.content.ContentRef;
import org.dmp.domain.content.ContentStore;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.document.Author;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.ConfidentialityCode;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.DocumentNotFoundException;
import org.dmp.domain.document.DocumentRejectedException;
import org.dmp.domain.document.DocumentRepository;
import org.dmp.domain.document.DocumentSubmission;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.PatientDeposit;
import org.dmp.domain.document.StatusChange;
import org.dmp.domain.document.SubmissionSet;
import org.dmp.domain.document.SubmissionSetMetadata;
import org.dmp.domain.document.VisibilityChange;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.policy.RecordFacts;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;

/**
 * Feeding a record with documents, finding and reading them, changing their visibility and status.
 * Every act is decided by the access policy; content goes to the encrypted content store in the
 * same transaction as its entry and its audit event.
 */
@Stateless
@ApplicationService
@DenyAll
public class Documents {

  /** Denials that would reveal that a hidden document exists. */
  private static final Set<Rule> CONCEALING =
      EnumSet.of(
          Rule.HIDDEN_FROM_PROFESSIONALS,
          Rule.INVISIBLE_TO_PATIENT,
          Rule.INVISIBLE_TO_REPRESENTATIVES);

  @Inject RecordRepository records;
  @Inject DocumentRepository documents;
  @Inject ContentStore contents;
  @Inject ContentLimit limit;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;
  @Inject Clock clock;

  /**
   * Adds a document to a record. A replacement (RPLC) deprecates the document it replaces, which
   * must be a current document of the same record that the caller may replace.
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION,
    Roles.FEED_SYSTEM
  })
  public DocumentView add(
      @NotNull Caller caller,
      @NotNull RecordId recordId,
      @NotNull @Valid DocumentMetadata metadata,
      @NotNull byte[] bytes) {
    Record record = lock(recordId);
    AccessDecision decision = guard.require(caller, Action.FEED, record, AuditAction.FEED);
    requireNewUniqueIds(List.of(metadata.uniqueId()));
    return DocumentView.of(accept(caller, record, decision, metadata, bytes), record.ins());
  }

  /**
   * A document the patient or a representative adds from the portal (classCode 90, authored by
   * them): a PDF, JPEG or PNG recognised by its content, within the content size limit.
   */
  @RolesAllowed({Roles.PATIENT, Roles.REPRESENTATIVE})
  public DocumentView deposit(
      @NotNull Caller caller, @NotNull RecordId recordId, String title, @NotNull byte[] bytes) {
    Actor adder = caller.actor();
    Author author =
        adder.kind() == ActorKind.REPRESENTATIVE
            ? Author.representative(adder.id(), adder.displayName())
            : Author.patient(adder.id(), adder.displayName());
    DocumentMetadata metadata = PatientDeposit.metadata(author, title, bytes, clock.instant());
    return add(caller, recordId, metadata, bytes);
  }

  /**
   * Feeds a submission set (XDS ITI-41): every document or none. The documents become members of
   * the set; replacements deprecate what they replace.
   */
  @RolesAllowed({
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION,
    Roles.FEED_SYSTEM,
    Roles.PATIENT,
    Roles.REPRESENTATIVE
  })
  public SubmissionView submit(
      @NotNull Caller caller,
      @NotNull Ins patient,
      @NotNull @Valid SubmissionSetMetadata set,
      @NotEmpty List<@NotNull @Valid DocumentSubmission> submitted) {
    Record record =
        records.lockByNir(patient.nir()).orElseThrow(() -> RecordNotFoundException.forIns(patient));
    AccessDecision decision = guard.require(caller, Action.FEED, record, AuditAction.FEED);
    if (documents.findSubmissionSetByUniqueId(set.uniqueId().value()).isPresent()) {
      throw DocumentRejectedException.duplicateSubmissionSet(set.uniqueId().value());
    }
    requireNewUniqueIds(submitted.stream().map(d -> d.metadata().uniqueId()).toList());
    SubmissionSet accepted =
        SubmissionSet.accept(record.id(), set, caller.actor(), clock.instant());
    documents.add(accepted);
    List<DocumentView> fed = new ArrayList<>();
    for (DocumentSubmission d : submitted) {
      DocumentMetadata metadata = d.metadata().inSubmissionSet(accepted.entryUuid());
      fed.add(
          DocumentView.of(accept(caller, record, decision, metadata, d.content()), record.ins()));
    }
    return new SubmissionView(SubmissionSetView.of(accepted), fed);
  }

  /**
   * The uniqueIds of what is fed are new: neither twice in the request nor already in the registry.
   * Checked in one query before anything is written (a query after a write would flush it first).
   */
  private void requireNewUniqueIds(List<DocumentUniqueId> uniqueIds) {
    Set<DocumentUniqueId> distinct = new java.util.HashSet<>();
    for (DocumentUniqueId id : uniqueIds) {
      if (!distinct.add(id)) {
        throw DocumentRejectedException.duplicateUniqueId(id);
      }
    }
    documents.existingUniqueIds(distinct).stream()
        .findFirst()
        .ifPresent(
            id -> {
              throw DocumentRejectedException.duplicateUniqueId(id);
            });
  }

  private DocumentEntry accept(
      Caller caller,
      Record record,
      AccessDecision decision,
      DocumentMetadata metadata,
      byte[] bytes) {
    RecordId recordId = record.id();
    metadata.author().checkAddedBy(caller.actor());
    DocumentContent content = DocumentContent.of(bytes);
    limit.check(content);
    if (metadata.entryUuid() != null && documents.existsEntryUuid(metadata.entryUuid())) {
      throw DocumentRejectedException.duplicateEntryUuid(metadata.entryUuid());
    }
    if (metadata.replaces() != null) {
      DocumentEntry replaced = replaced(recordId, metadata.replaces());
      try {
        requireOn(caller, Action.REPLACE, record, replaced, AuditAction.FEED);
      } catch (DocumentNotFoundException hidden) {
        // answered as a document not in this record, like one that does not exist
        throw DocumentRejectedException.replacedNotInRecord(metadata.replaces());
      }
      replaced.deprecate();
    }
    ContentRef ref = contents.store(recordId, content);
    DocumentEntry entry = DocumentEntry.accept(recordId, metadata, content, ref, clock.instant());
    documents.add(entry);
    audit(caller, AuditAction.FEED, entry, decision, null);
    return entry;
  }

  /**
   * The document entries of a record that the caller may see, newest first. What is filtered out is
   * neither counted nor hinted at.
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<DocumentView> list(@NotNull Caller caller, @NotNull RecordId recordId) {
    Record record = find(recordId);
    AccessGuard.Permit permit = guard.permit(caller, Action.SEARCH, record, AuditAction.SEARCH);
    AccessDecision decision = permit.decision();
    RecordFacts facts = permit.facts();
    List<DocumentView> visible =
        documents.listForRecord(recordId).stream()
            .filter(entry -> guard.mayRead(caller, facts, entry))
            .map(e -> DocumentView.of(e, record.ins()))
            .toList();
    guard.notifyIfEmergency(caller, record, decision);
    audit.add(
        AuditEntry.allowed(
            caller, AuditAction.SEARCH, recordId.value(), null, decision.rule().name()));
    return visible;
  }

  /** A document and its content, checked against the hash recorded when it was fed. */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public DocumentWithContent read(@NotNull Caller caller, @NotNull EntryUuid id) {
    DocumentEntry entry = entry(id);
    Record record = find(entry.recordId());
    AccessDecision decision =
        requireOn(caller, Action.READ_DOCUMENT, record, entry, AuditAction.READ_DOCUMENT);
    byte[] content = contents.read(entry.recordId(), entry.contentRef(), entry.sha256());
    guard.notifyIfEmergency(caller, record, decision);
    audit(caller, AuditAction.READ_DOCUMENT, entry, decision, null);
    return new DocumentWithContent(DocumentView.of(entry, record.ins()), content);
  }

  /** A document and its content by its unique id (XDS ITI-43), checked like {@link #read}. */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public DocumentWithContent readByUniqueId(
      @NotNull Caller caller, @NotNull DocumentUniqueId uniqueId) {
    EntryUuid id =
        documents
            .findByUniqueId(uniqueId)
            .orElseThrow(() -> new DocumentNotFoundException(uniqueId))
            .entryUuid();
    return read(caller, id);
  }

  /**
   * Hides or unhides a document from professionals, or sets or lifts its invisibility to the
   * patient or the representatives: a new metadata version, the previous one deprecated. Returns
   * the new version (or the entry unchanged if the change was already made).
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public DocumentView changeVisibility(
      @NotNull Caller caller, @NotNull EntryUuid id, @NotNull VisibilityChange change) {
    lockRecordOf(id);
    return changeConfidentiality(caller, id, change.applyTo(entry(id).confidentiality()));
  }

  /**
   * Gives a document new confidentiality codes (XDS ITI-57): each flag set or lifted is decided by
   * the policy as its own change; together they make one new metadata version.
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public DocumentView changeConfidentiality(
      @NotNull Caller caller,
      @NotNull EntryUuid id,
      @NotEmpty Set<@NotNull ConfidentialityCode> target) {
    return confidentialityChange(caller, id, target, null);
  }

  /**
   * The updates of one XDS Update Document Set (ITI-57), in one transaction: each is decided by the
   * access policy on its own, and if one is refused none is applied (its refusal is audited).
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<DocumentView> updateMetadata(
      @NotNull Caller caller, @NotEmpty List<@NotNull MetadataUpdate> updates) {
    // every record concerned locked first, in one order, so that two update sets naming the same
    // records in opposite orders wait for each other instead of deadlocking
    updates.stream()
        .map(MetadataUpdate::document)
        .map(documents::recordIdOf)
        .flatMap(Optional::stream)
        .map(RecordId::value)
        .distinct()
        // as PostgreSQL orders uuids (RecordRepository.lockAllByNir takes the same order)
        .sorted(java.util.Comparator.comparing(java.util.UUID::toString))
        .forEach(id -> lock(new RecordId(id)));
    List<DocumentView> updated = new ArrayList<>();
    for (MetadataUpdate update : updates) {
      if (update instanceof MetadataUpdate.Confidentiality c) {
        updated.add(updateConfidentiality(caller, c.logicalId(), c.previousVersion(), c.codes()));
      } else if (update instanceof MetadataUpdate.Status s) {
        updated.add(updateStatus(caller, s.document(), s.original(), s.target()));
      }
    }
    return updated;
  }

  /**
   * An XDS metadata update (ITI-57) of confidentiality: the submitter names the document (any of
   * its versions) and the version it updates; if another update came first, it is refused.
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public DocumentView updateConfidentiality(
      @NotNull Caller caller,
      @NotNull EntryUuid document,
      int previousVersion,
      @NotEmpty Set<@NotNull ConfidentialityCode> target) {
    lockRecordOf(document);
    return confidentialityChange(caller, entry(document).entryUuid(), target, previousVersion);
  }

  /**
   * An XDS availability-status update (ITI-57): the submitter says which status it changes; if the
   * document is no longer in it, the update is refused.
   */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION,
    Roles.FEED_SYSTEM
  })
  public DocumentView updateStatus(
      @NotNull Caller caller,
      @NotNull EntryUuid document,
      @NotNull AvailabilityStatus original,
      @NotNull AvailabilityStatus target) {
    lockRecordOf(document);
    return statusChange(caller, entry(document).entryUuid(), target, original);
  }

  /** Archives, deletes, or restores (Approved) a document: its author's decision. */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION,
    Roles.FEED_SYSTEM
  })
  public DocumentView changeStatus(
      @NotNull Caller caller, @NotNull EntryUuid id, @NotNull AvailabilityStatus target) {
    return statusChange(caller, id, target, null);
  }

  /**
   * New confidentiality codes as a new version. What the submitter believed ({@code
   * claimedVersion}, null if nothing) is compared only once the policy has decided, so that a
   * refusal tells nothing of a document the caller may not see. A change already made is a reading
   * of the document (decided and audited as such).
   */
  private DocumentView confidentialityChange(
      Caller caller, EntryUuid id, Set<ConfidentialityCode> target, Integer claimedVersion) {
    lockRecordOf(id);
    DocumentEntry current = entry(id);
    List<VisibilityChange> changes = VisibilityChange.between(current.confidentiality(), target);
    if (changes.isEmpty()) {
      Record record = find(current.recordId());
      AccessDecision read =
          requireOn(caller, Action.READ_DOCUMENT, record, current, AuditAction.READ_DOCUMENT);
      requireClaimedVersion(claimedVersion, current);
      audit(caller, AuditAction.READ_DOCUMENT, current, read, "aucun changement");
      return DocumentView.of(current, record.ins());
    }
    List<Update> decided = new ArrayList<>();
    for (VisibilityChange change : changes) {
      decided.add(beginUpdate(caller, id, change.action(), change.audited()));
    }
    requireClaimedVersion(claimedVersion, current);
    DocumentEntry next = decided.get(0).entry().withConfidentiality(target, clock.instant());
    documents.add(next);
    for (int i = 0; i < changes.size(); i++) {
      audit(
          caller,
          changes.get(i).audited(),
          next,
          decided.get(i).decision(),
          "version " + next.metadataVersion());
    }
    return DocumentView.of(next, decided.get(0).record().ins());
  }

  private static void requireClaimedVersion(Integer claimed, DocumentEntry current) {
    if (claimed != null && current.metadataVersion() != claimed) {
      throw DocumentRejectedException.versionMismatch(claimed, current.metadataVersion());
    }
  }

  /**
   * A status change, decided by the policy before what the submitter believed ({@code claimed},
   * null if nothing) is compared with the status the document has.
   */
  private DocumentView statusChange(
      Caller caller, EntryUuid id, AvailabilityStatus target, AvailabilityStatus claimed) {
    lockRecordOf(id);
    StatusChange change = new StatusChange(entry(id).status(), target);
    Update update = beginUpdate(caller, id, change.action(), change.audited());
    if (claimed != null && update.entry().status() != claimed) {
      throw DocumentRejectedException.statusMismatch(claimed, update.entry().status());
    }
    update.entry().changeStatus(target);
    audit(caller, change.audited(), update.entry(), update.decision(), "statut " + target);
    return DocumentView.of(update.entry(), update.record().ins());
  }

  /** A document about to be updated, and the policy's decision that allows it. */
  private record Update(DocumentEntry entry, Record record, AccessDecision decision) {}

  /**
   * The latest version of the named document, its record (which the caller has locked: {@link
   * #lockRecordOf}), the policy's decision, and the check that the caller named that version (an
   * update names what it changes).
   */
  private Update beginUpdate(Caller caller, EntryUuid id, Action action, AuditAction audited) {
    DocumentEntry entry = entry(id);
    Record record = find(entry.recordId());
    AccessDecision decision = requireOn(caller, action, record, entry, audited);
    ensureNamedVersionIsCurrent(id, entry);
    return new Update(entry, record, decision);
  }

  /**
   * The policy's decision on a document; a document the caller may not see is, to them, a document
   * that does not exist (the denial is audited with its true rule all the same).
   */
  private AccessDecision requireOn(
      Caller caller, Action action, Record record, DocumentEntry entry, AuditAction audited) {
    try {
      return guard.require(caller, action, record, entry, audited);
    } catch (AccessDeniedException denied) {
      // concealed also when another rule refused first: a document the caller may not even read
      // because it is hidden from them answers as unknown to every action, not only to reading
      if (CONCEALING.contains(denied.rule())
          || CONCEALING.contains(guard.readRefusal(caller, record, entry))) {
        throw new DocumentNotFoundException(entry.entryUuid());
      }
      throw denied;
    }
  }

  /**
   * An update names the version it changes: a superseded one means the caller works on an outdated
   * view of the document (said only after the policy, so as not to reveal hidden ones).
   */
  private static void ensureNamedVersionIsCurrent(EntryUuid named, DocumentEntry latest) {
    if (!latest.entryUuid().equals(named)) {
      throw DocumentRejectedException.notCurrent(named);
    }
  }

  private Record find(RecordId id) {
    return records.find(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  /**
   * Locks the record of a document before the document is read: concurrent changes to one record
   * then run one after the other, each checking (version, status) what the previous one left,
   * rather than all checking a stale copy and the losers failing at commit.
   */
  private void lockRecordOf(EntryUuid id) {
    lock(documents.recordIdOf(id).orElseThrow(() -> new DocumentNotFoundException(id)));
  }

  private Record lock(RecordId id) {
    return records.lock(id).orElseThrow(() -> RecordNotFoundException.forId(id));
  }

  /**
   * The document's latest metadata version, whichever version the caller names: visibility is
   * decided on the confidentiality that holds now, never on a superseded version's.
   */
  private DocumentEntry entry(EntryUuid id) {
    return documents
        .find(id)
        .map(documents::latestVersion)
        .orElseThrow(() -> new DocumentNotFoundException(id));
  }

  private DocumentEntry replaced(RecordId recordId, EntryUuid id) {
    return documents
        .find(id)
        .filter(old -> old.recordId().equals(recordId) && old.isCurrent())
        .orElseThrow(() -> DocumentRejectedException.replacedNotInRecord(id));
  }

  private void audit(
      Caller caller,
      AuditAction action,
      DocumentEntry entry,
      AccessDecision decision,
      String detail) {
    audit.add(
        AuditEntry.allowed(
                caller,
                action,
                entry.recordId().value(),
                entry.entryUuid().value(),
                decision.rule().name())
            .withDetail(detail));
  }
}

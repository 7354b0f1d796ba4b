package org.dmp.application.document;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.access.AccessGuard;
import org.dmp.application.access.ActAudit;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.document.DocumentQuery;
import org.dmp.domain.document.DocumentRepository;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.SubmissionSet;
import org.dmp.domain.document.TimeRange;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Action;
import org.dmp.domain.policy.RecordFacts;
import org.dmp.domain.record.Record;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.domain.record.RecordRepository;

/**
 * Searching documents and submission sets, as the XDS registry's stored queries ask. Every search
 * is a SEARCH of the record, decided and audited once; each document found is then shown only if
 * the caller may read it, and what is filtered out is neither counted nor hinted at.
 */
@Stateless
@ApplicationService
@DenyAll
public class DocumentQueries {

  @Inject RecordRepository records;
  @Inject DocumentRepository documents;
  @Inject AccessGuard guard;
  @Inject ActAudit audit;

  /** The patient's documents that match the query (FindDocuments). */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<DocumentView> find(
      @NotNull Caller caller, @NotNull Ins patient, @NotNull DocumentQuery query) {
    return find(caller, recordOf(patient), query);
  }

  /** The same, the patient named by their record's id (FHIR's {@code patient=Patient/{id}}). */
  @RolesAllowed({Roles.PROFESSIONAL, Roles.PRACTICE_SOFTWARE, Roles.INSTITUTION})
  public List<DocumentView> find(
      @NotNull Caller caller, @NotNull RecordId record, @NotNull DocumentQuery query) {
    return find(
        caller,
        records.find(record).orElseThrow(() -> RecordNotFoundException.forId(record)),
        query);
  }

  private List<DocumentView> find(Caller caller, Record record, DocumentQuery query) {
    RecordFacts facts = search(caller, record, "recherche de documents");
    return documents.listForRecord(record.id()).stream()
        .filter(query::matches)
        .filter(e -> guard.mayRead(caller, facts, e))
        .map(e -> DocumentView.of(e, record.ins()))
        .toList();
  }

  /** The named entries the caller may see (GetDocuments by entryUUID), in the order asked. */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<DocumentView> byEntryUuids(
      @NotNull Caller caller, @NotNull Collection<@NotNull EntryUuid> ids) {
    return visible(caller, ids.stream().map(documents::find).flatMap(Optional::stream).toList());
  }

  /** The latest versions of the named documents the caller may see (GetDocuments by uniqueId). */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<DocumentView> byUniqueIds(
      @NotNull Caller caller, @NotNull Collection<@NotNull DocumentUniqueId> ids) {
    return visible(
        caller, ids.stream().map(documents::findByUniqueId).flatMap(Optional::stream).toList());
  }

  /** The documents a replacement links to the named one, both ways (GetRelatedDocuments). */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<DocumentView> related(@NotNull Caller caller, @NotNull EntryUuid id) {
    Optional<DocumentEntry> named = documents.find(id);
    if (named.isEmpty()) {
      return List.of();
    }
    List<DocumentEntry> family = new ArrayList<>();
    family.add(named.get());
    for (DocumentEntry e : documents.listForRecord(named.get().recordId())) {
      if (id.equals(e.replaces()) || e.entryUuid().equals(named.get().replaces())) {
        family.add(e);
      }
    }
    return visible(caller, family);
  }

  /** The patient's submission sets submitted in the range (FindSubmissionSets). */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public List<SubmissionSetView> submissionSets(
      @NotNull Caller caller, @NotNull Ins patient, @NotNull TimeRange submissionTime) {
    Record record = recordOf(patient);
    RecordFacts facts = search(caller, record, "recherche de lots de soumission");
    return documents.submissionSets(record.id()).stream()
        .filter(s -> submissionTime.contains(s.submissionTime()))
        .filter(s -> !readableMembers(caller, facts, s).isEmpty())
        .map(SubmissionSetView::of)
        .toList();
  }

  /** A submission set and the documents of it the caller may see. */
  @RolesAllowed({
    Roles.PATIENT,
    Roles.REPRESENTATIVE,
    Roles.PROFESSIONAL,
    Roles.PRACTICE_SOFTWARE,
    Roles.INSTITUTION
  })
  public Optional<SubmissionView> submissionSetAndContents(
      @NotNull Caller caller, EntryUuid id, String uniqueId) {
    Optional<SubmissionSet> set =
        id != null
            ? documents.findSubmissionSet(id)
            : documents.findSubmissionSetByUniqueId(uniqueId);
    if (set.isEmpty()) {
      return Optional.empty();
    }
    Record record = records.find(set.get().recordId()).orElseThrow();
    Optional<RecordFacts> facts = searchIfAllowed(caller, record, "lot de soumission");
    if (facts.isEmpty()) {
      return Optional.empty(); // like an unknown set: its existence is not confirmed
    }
    List<DocumentView> members =
        readableMembers(caller, facts.get(), set.get()).stream()
            .map(e -> DocumentView.of(e, record.ins()))
            .toList();
    if (members.isEmpty()) {
      return Optional.empty(); // a set of hidden documents would betray that they exist
    }
    return Optional.of(new SubmissionView(SubmissionSetView.of(set.get()), members));
  }

  /**
   * The members of a set the caller may read, each decided on its latest version. A set none of
   * whose members the caller may read is not shown: its title, author and time would tell of
   * documents hidden from them.
   */
  private List<DocumentEntry> readableMembers(Caller caller, RecordFacts facts, SubmissionSet set) {
    return documents.inSubmissionSet(set.entryUuid()).stream()
        .filter(e -> guard.mayRead(caller, facts, e)) // the set's members are latest versions
        .toList();
  }

  /**
   * The entries the caller may see among these, each record searched (decided and audited) once; a
   * document's visibility is decided on its latest version. Entries of a record the caller may not
   * search are left out like hidden ones (the denial is audited): a caller naming documents by id
   * learns nothing of those it may not see, not even that they exist.
   */
  private List<DocumentView> visible(Caller caller, List<DocumentEntry> found) {
    Map<RecordId, Record> recordsOf = new LinkedHashMap<>();
    Map<RecordId, Optional<RecordFacts>> searched = new LinkedHashMap<>();
    List<DocumentView> shown = new ArrayList<>();
    for (DocumentEntry entry : found) {
      Record record =
          recordsOf.computeIfAbsent(entry.recordId(), id -> records.find(id).orElseThrow());
      Optional<RecordFacts> facts =
          searched.computeIfAbsent(
              entry.recordId(), id -> searchIfAllowed(caller, record, "documents demandés"));
      if (facts.isPresent() && guard.mayRead(caller, facts.get(), documents.latestVersion(entry))) {
        shown.add(DocumentView.of(entry, record.ins()));
      }
    }
    return shown;
  }

  private Optional<RecordFacts> searchIfAllowed(Caller caller, Record record, String detail) {
    try {
      return Optional.of(search(caller, record, detail));
    } catch (AccessDeniedException denied) {
      return Optional.empty();
    }
  }

  private RecordFacts search(Caller caller, Record record, String detail) {
    AccessGuard.Permit permit = guard.permit(caller, Action.SEARCH, record, AuditAction.SEARCH);
    AccessDecision decision = permit.decision();
    guard.notifyIfEmergency(caller, record, decision);
    audit.add(
        AuditEntry.allowed(
                caller, AuditAction.SEARCH, record.id().value(), null, decision.rule().name())
            .withDetail(detail));
    return permit.facts();
  }

  private Record recordOf(Ins patient) {
    return records
        .findByNir(patient.nir())
        .orElseThrow(() -> RecordNotFoundException.forIns(patient));
  }
}

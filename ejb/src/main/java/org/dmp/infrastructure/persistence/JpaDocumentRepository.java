package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dmp.domain.document.DocumentEntry;
import org.dmp.domain.document.DocumentRepository;
import org.dmp.domain.document.DocumentUniqueId;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.document.SubmissionSet;
import org.dmp.domain.record.RecordId;

/** Document entries in the {@code document_entry} table. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<DocumentEntry> find(EntryUuid id) {
    return Optional.ofNullable(em.find(DocumentEntry.class, id.value()));
  }

  @Override
  public Optional<RecordId> recordIdOf(EntryUuid id) {
    return em.createQuery("select d.recordId from DocumentEntry d where d.id = :id", UUID.class)
        .setParameter("id", id.value())
        .getResultStream()
        .findFirst()
        .map(RecordId::new);
  }

  @Override
  public List<DocumentUniqueId> existingUniqueIds(Collection<DocumentUniqueId> uniqueIds) {
    if (uniqueIds.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select distinct d.uniqueId from DocumentEntry d where d.uniqueId in :u", String.class)
        .setParameter("u", uniqueIds.stream().map(DocumentUniqueId::value).toList())
        .getResultList()
        .stream()
        .map(DocumentUniqueId::new)
        .toList();
  }

  @Override
  public boolean existsEntryUuid(EntryUuid id) {
    return find(id).isPresent();
  }

  @Override
  public List<DocumentEntry> listForRecord(RecordId record) {
    return em.createQuery(
            "select d from DocumentEntry d where d.recordId = :r and d.metadataVersion ="
                + " (select max(v.metadataVersion) from DocumentEntry v"
                + " where v.logicalId = d.logicalId) order by d.submittedAt desc",
            DocumentEntry.class)
        .setParameter("r", record.value())
        // one query for every entry's confidentiality codes, not one per entry
        .setHint("eclipselink.batch", "d.confidentiality")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public DocumentEntry latestVersion(DocumentEntry entry) {
    return em.createQuery(
            "select d from DocumentEntry d where d.logicalId = :l"
                + " order by d.metadataVersion desc",
            DocumentEntry.class)
        .setParameter("l", entry.logicalId().value())
        .setMaxResults(1)
        .getSingleResult();
  }

  @Override
  public void add(DocumentEntry entry) {
    em.persist(entry);
  }

  @Override
  public Optional<DocumentEntry> findByUniqueId(DocumentUniqueId uniqueId) {
    return em.createQuery(
            "select d from DocumentEntry d where d.uniqueId = :u order by d.metadataVersion desc",
            DocumentEntry.class)
        .setParameter("u", uniqueId.value())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DocumentEntry> inSubmissionSet(EntryUuid set) {
    return em.createQuery(
            "select d from DocumentEntry d where d.submissionSetId = :s and d.metadataVersion ="
                + " (select max(v.metadataVersion) from DocumentEntry v"
                + " where v.logicalId = d.logicalId) order by d.submittedAt",
            DocumentEntry.class)
        .setParameter("s", set.urn())
        .getResultList();
  }

  @Override
  public void add(SubmissionSet set) {
    em.persist(set);
  }

  @Override
  public Optional<SubmissionSet> findSubmissionSet(EntryUuid id) {
    return Optional.ofNullable(em.find(SubmissionSet.class, id.value()));
  }

  @Override
  public Optional<SubmissionSet> findSubmissionSetByUniqueId(String uniqueId) {
    return em.createQuery(
            "select s from SubmissionSet s where s.uniqueId = :u", SubmissionSet.class)
        .setParameter("u", uniqueId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SubmissionSet> submissionSets(RecordId record) {
    return em.createQuery(
            "select s from SubmissionSet s where s.recordId = :r order by s.submittedAt desc",
            SubmissionSet.class)
        .setParameter("r", record.value())
        .getResultList();
  }
}

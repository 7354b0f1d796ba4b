package org.dmp.domain.document;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.dmp.domain.content.ContentRef;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.record.RecordId;

/**
 * One metadata version of a document in a record (an XDS DocumentEntry). The content is in the
 * content store; the entry keeps its size and hashes so that every read can be checked.
 *
 * <p>An entry is created Approved, at version 1, from the metadata the submitter gave and the
 * content actually received: what the submitter declared (size, SHA-1) must agree with the content.
 * Later issues add the metadata updates (hide, archive, delete, replace) that create new versions
 * and deprecate old ones.
 */
@Entity
@Table(name = "document_entry")
public class DocumentEntry {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(name = "unique_id", nullable = false, length = 128)
  private String uniqueId;

  /** Shared by every metadata version of the same document (XDS logicalId). */
  @Column(name = "logical_id", nullable = false)
  private UUID logicalId;

  @Column(name = "metadata_version", nullable = false)
  private int metadataVersion;

  @Column(name = "class_code", nullable = false, length = 4)
  private String classCode;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "code", column = @Column(name = "type_code")),
    @AttributeOverride(name = "codeSystem", column = @Column(name = "type_code_system")),
    @AttributeOverride(name = "display", column = @Column(name = "type_display"))
  })
  private Code typeCode;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "code", column = @Column(name = "format_code")),
    @AttributeOverride(name = "codeSystem", column = @Column(name = "format_code_system")),
    @AttributeOverride(name = "display", column = @Column(name = "format_display"))
  })
  private Code formatCode;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "code", column = @Column(name = "facility_type_code")),
    @AttributeOverride(name = "codeSystem", column = @Column(name = "facility_type_system")),
    @AttributeOverride(name = "display", column = @Column(name = "facility_type_display"))
  })
  private Code healthcareFacilityType;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "code", column = @Column(name = "practice_setting_code")),
    @AttributeOverride(name = "codeSystem", column = @Column(name = "practice_setting_system")),
    @AttributeOverride(name = "display", column = @Column(name = "practice_setting_display"))
  })
  private Code practiceSetting;

  @Column(name = "mime_type", nullable = false, length = 128)
  private String mimeType;

  @Column(nullable = false, length = 256)
  private String title;

  @Embedded private Author author;

  @Column(name = "creation_time", nullable = false)
  private Instant creationTime;

  @Column(name = "service_start_time")
  private Instant serviceStartTime;

  @Column(name = "service_stop_time")
  private Instant serviceStopTime;

  @Column(name = "language_code", nullable = false, length = 16)
  private String languageCode;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 40)
  private String sha1;

  @Column(nullable = false, length = 64)
  private String sha256;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "document_confidentiality",
      joinColumns = @JoinColumn(name = "document_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "code", length = 40)
  private Set<ConfidentialityCode> confidentiality = EnumSet.noneOf(ConfidentialityCode.class);

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AvailabilityStatus status;

  @Column(name = "submission_set_id", length = 128)
  private String submissionSetId;

  @Column(name = "replaces")
  private UUID replaces;

  @Column(name = "content_id", nullable = false)
  private UUID contentId;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Version private long version;

  protected DocumentEntry() {}

  /**
   * Accepts a document into a record: checks what the submitter declared against the content
   * received, and that the service times are in order.
   */
  public static DocumentEntry accept(
      RecordId record,
      DocumentMetadata metadata,
      DocumentContent content,
      ContentRef contentRef,
      Instant now) {
    if (metadata.declaredSize() != null && metadata.declaredSize() != content.size()) {
      throw DocumentRejectedException.sizeMismatch(metadata.declaredSize(), content.size());
    }
    if (metadata.declaredSha1() != null
        && !metadata.declaredSha1().equalsIgnoreCase(content.sha1())) {
      throw DocumentRejectedException.hashMismatch(metadata.declaredSha1(), content.sha1());
    }
    if (metadata.serviceStartTime() != null
        && metadata.serviceStopTime() != null
        && metadata.serviceStopTime().isBefore(metadata.serviceStartTime())) {
      throw DocumentRejectedException.serviceTimes();
    }
    DocumentEntry entry = new DocumentEntry();
    entry.id = (metadata.entryUuid() == null ? EntryUuid.generate() : metadata.entryUuid()).value();
    entry.recordId = record.value();
    entry.uniqueId = metadata.uniqueId().value();
    entry.logicalId = entry.id;
    entry.metadataVersion = 1;
    entry.classCode = metadata.classCode().code();
    entry.typeCode = metadata.typeCode();
    entry.formatCode = metadata.formatCode();
    entry.healthcareFacilityType = metadata.healthcareFacilityType();
    entry.practiceSetting = metadata.practiceSetting();
    entry.mimeType = metadata.mimeType();
    entry.title = metadata.title();
    entry.author = metadata.author();
    entry.creationTime = metadata.creationTime();
    entry.serviceStartTime = metadata.serviceStartTime();
    entry.serviceStopTime = metadata.serviceStopTime();
    entry.languageCode = metadata.languageCode();
    entry.size = content.size();
    entry.sha1 = content.sha1();
    entry.sha256 = content.sha256();
    entry.confidentiality = EnumSet.copyOf(metadata.confidentiality());
    entry.status = AvailabilityStatus.APPROVED;
    entry.submissionSetId = metadata.submissionSetId();
    entry.replaces = metadata.replaces() == null ? null : metadata.replaces().value();
    entry.contentId = contentRef.value();
    entry.submittedAt = now;
    return entry;
  }

  /** This entry is replaced by a newer document (RPLC): it stays, no longer current. */
  public void deprecate() {
    this.status = AvailabilityStatus.DEPRECATED;
  }

  /**
   * A new metadata version of this document with other confidentiality codes, as XDS updates
   * metadata: same document (unique id, logical id, content), version + 1, Approved; this entry
   * becomes Deprecated.
   */
  public DocumentEntry withConfidentiality(Set<ConfidentialityCode> codes, Instant now) {
    ensureCurrentVersion();
    DocumentEntry next = copy();
    next.id = UUID.randomUUID();
    next.metadataVersion = metadataVersion + 1;
    next.confidentiality =
        codes.isEmpty() ? EnumSet.of(ConfidentialityCode.N) : EnumSet.copyOf(codes);
    next.status = status;
    next.submittedAt = now;
    deprecate();
    return next;
  }

  /** Archives, deletes or restores (Approved) this entry, in place as XDS does. */
  public void changeStatus(AvailabilityStatus target) {
    ensureCurrentVersion();
    if (target == AvailabilityStatus.DEPRECATED) {
      throw new IllegalArgumentException("An entry is deprecated by a replacement or an update");
    }
    this.status = target;
  }

  private void ensureCurrentVersion() {
    if (status == AvailabilityStatus.DEPRECATED) {
      throw DocumentRejectedException.notCurrent(entryUuid());
    }
  }

  private DocumentEntry copy() {
    DocumentEntry c = new DocumentEntry();
    c.recordId = recordId;
    c.uniqueId = uniqueId;
    c.logicalId = logicalId;
    c.classCode = classCode;
    c.typeCode = typeCode;
    c.formatCode = formatCode;
    c.healthcareFacilityType = healthcareFacilityType;
    c.practiceSetting = practiceSetting;
    c.mimeType = mimeType;
    c.title = title;
    c.author = author;
    c.creationTime = creationTime;
    c.serviceStartTime = serviceStartTime;
    c.serviceStopTime = serviceStopTime;
    c.languageCode = languageCode;
    c.size = size;
    c.sha1 = sha1;
    c.sha256 = sha256;
    c.submissionSetId = submissionSetId;
    c.replaces = replaces;
    c.contentId = contentId;
    return c;
  }

  /** The current version of a document: not replaced, not superseded by a newer version. */
  public boolean isCurrent() {
    return status != AvailabilityStatus.DEPRECATED;
  }

  public EntryUuid entryUuid() {
    return new EntryUuid(id);
  }

  public RecordId recordId() {
    return new RecordId(recordId);
  }

  public DocumentUniqueId uniqueId() {
    return new DocumentUniqueId(uniqueId);
  }

  public EntryUuid logicalId() {
    return new EntryUuid(logicalId);
  }

  public int metadataVersion() {
    return metadataVersion;
  }

  public ClassCode classCode() {
    return ClassCode.ofCode(classCode);
  }

  public Code typeCode() {
    return typeCode;
  }

  public Code formatCode() {
    return formatCode;
  }

  public Code healthcareFacilityType() {
    return healthcareFacilityType;
  }

  public Code practiceSetting() {
    return practiceSetting;
  }

  public String mimeType() {
    return mimeType;
  }

  public String title() {
    return title;
  }

  public Author author() {
    return author;
  }

  public Instant creationTime() {
    return creationTime;
  }

  public Instant serviceStartTime() {
    return serviceStartTime;
  }

  public Instant serviceStopTime() {
    return serviceStopTime;
  }

  public String languageCode() {
    return languageCode;
  }

  public long size() {
    return size;
  }

  public String sha1() {
    return sha1;
  }

  public String sha256() {
    return sha256;
  }

  public Set<ConfidentialityCode> confidentiality() {
    return confidentiality.isEmpty()
        ? EnumSet.noneOf(ConfidentialityCode.class)
        : EnumSet.copyOf(confidentiality);
  }

  public AvailabilityStatus status() {
    return status;
  }

  public String submissionSetId() {
    return submissionSetId;
  }

  public EntryUuid replaces() {
    return replaces == null ? null : new EntryUuid(replaces);
  }

  public ContentRef contentRef() {
    return new ContentRef(contentId);
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}

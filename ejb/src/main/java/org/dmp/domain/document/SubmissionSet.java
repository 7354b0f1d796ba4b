package org.dmp.domain.document;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.Oid;

/**
 * A submission set as stored: documents fed together, by whom, when and from which source. Its
 * documents refer to it; XDS queries find documents through it and it through them.
 */
@Entity
@Table(name = "submission_set")
public class SubmissionSet {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(name = "unique_id", nullable = false, length = 64)
  private String uniqueId;

  @Column(name = "source_id", nullable = false, length = 64)
  private String sourceId;

  @Column(name = "submission_time", nullable = false)
  private Instant submissionTime;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "code", column = @Column(name = "content_type_code")),
    @AttributeOverride(name = "codeSystem", column = @Column(name = "content_type_system")),
    @AttributeOverride(name = "display", column = @Column(name = "content_type_display"))
  })
  private Code contentTypeCode;

  @Column(length = 256)
  private String title;

  @Embedded private Author author;

  @Column(name = "submitted_by", nullable = false, length = 200)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected SubmissionSet() {}

  public static SubmissionSet accept(
      RecordId record, SubmissionSetMetadata metadata, Actor submitter, Instant now) {
    SubmissionSet set = new SubmissionSet();
    set.id = (metadata.entryUuid() == null ? EntryUuid.generate() : metadata.entryUuid()).value();
    set.recordId = record.value();
    set.uniqueId = metadata.uniqueId().value();
    set.sourceId = metadata.sourceId().value();
    set.submissionTime = metadata.submissionTime();
    set.contentTypeCode = metadata.contentTypeCode();
    set.title = metadata.title();
    set.author = metadata.author();
    set.submittedBy = submitter.reference();
    set.submittedAt = now;
    return set;
  }

  public EntryUuid entryUuid() {
    return new EntryUuid(id);
  }

  public RecordId recordId() {
    return new RecordId(recordId);
  }

  public Oid uniqueId() {
    return new Oid(uniqueId);
  }

  public Oid sourceId() {
    return new Oid(sourceId);
  }

  public Instant submissionTime() {
    return submissionTime;
  }

  public Code contentTypeCode() {
    return contentTypeCode;
  }

  public String title() {
    return title;
  }

  public Author author() {
    return author;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}

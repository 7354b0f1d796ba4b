package org.dmp.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.dmp.domain.information.AdvanceDirectives;

/** A record's advance directives ({@code advance_directives}). */
@Entity
@Table(name = "advance_directives")
class AdvanceDirectivesRow {

  @Id
  @Column(name = "record_id")
  private UUID recordId;

  @Column(length = 4000)
  private String text;

  @Column(name = "written_on")
  private LocalDate writtenOn;

  @Column(name = "held_by", length = 200)
  private String heldBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AdvanceDirectivesRow() {}

  AdvanceDirectivesRow(UUID recordId) {
    this.recordId = recordId;
  }

  AdvanceDirectives directives() {
    return new AdvanceDirectives(text, writtenOn, heldBy);
  }

  void directives(AdvanceDirectives directives, Instant now) {
    this.text = directives.text();
    this.writtenOn = directives.writtenOn();
    this.heldBy = directives.heldBy();
    this.updatedAt = now;
  }
}

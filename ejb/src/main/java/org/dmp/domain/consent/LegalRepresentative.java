package org.dmp.domain.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.Require;

/**
 * A legal representative of the patient (a parent of a minor, a guardian), recorded at a counter:
 * they act as the patient, except on documents invisible to representatives.
 */
@Entity
@Table(name = "legal_representative")
public class LegalRepresentative {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  /** The identifier the representative logs in and acts under. */
  @Column(name = "representative_id", nullable = false, length = 200)
  private String representativeId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected LegalRepresentative() {}

  public LegalRepresentative(RecordId record, String representativeId, String name, Instant now) {
    this.id = UUID.randomUUID();
    this.recordId = record.value();
    this.representativeId =
        Require.present(representativeId, "identifiant du représentant", "representative id");
    this.name = Require.present(name, "nom du représentant", "representative name");
    this.addedAt = now;
  }

  public String representativeId() {
    return representativeId;
  }

  public String name() {
    return name;
  }

  public Instant addedAt() {
    return addedAt;
  }
}

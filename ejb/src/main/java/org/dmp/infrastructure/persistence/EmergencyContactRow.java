package org.dmp.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.information.EmergencyContact;
import org.dmp.domain.information.EmergencyContactId;
import org.dmp.domain.information.PhoneNumber;

/** A person to notify in an emergency ({@code emergency_contact}). */
@Entity
@Table(name = "emergency_contact")
class EmergencyContactRow {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 100)
  private String relationship;

  @Column(nullable = false, length = 12)
  private String phone;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected EmergencyContactRow() {}

  EmergencyContactRow(UUID recordId, EmergencyContact contact, Instant now) {
    this.id = contact.id().value();
    this.recordId = recordId;
    this.name = contact.name();
    this.relationship = contact.relationship();
    this.phone = contact.phone().value();
    this.addedAt = now;
  }

  EmergencyContact contact() {
    return new EmergencyContact(
        new EmergencyContactId(id), name, relationship, new PhoneNumber(phone));
  }
}

package org.dmp.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.dmp.domain.information.ContactDetails;
import org.dmp.domain.information.EmailAddress;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.information.PhoneNumber;

/** A record's contact details and organ-donation wish ({@code patient_contact}). */
@Entity
@Table(name = "patient_contact")
class PatientContactRow {

  @Id
  @Column(name = "record_id")
  private UUID recordId;

  @Column(length = 254)
  private String email;

  @Column(length = 12)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "organ_donation_wish", nullable = false, length = 16)
  private OrganDonationWish organDonationWish = OrganDonationWish.NOT_STATED;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PatientContactRow() {}

  PatientContactRow(UUID recordId, Instant now) {
    this.recordId = recordId;
    this.updatedAt = now;
  }

  ContactDetails contact() {
    return new ContactDetails(
        email == null ? null : new EmailAddress(email),
        phone == null ? null : new PhoneNumber(phone));
  }

  void contact(ContactDetails contact, Instant now) {
    this.email = contact.email() == null ? null : contact.email().value();
    this.phone = contact.phone() == null ? null : contact.phone().value();
    this.updatedAt = now;
  }

  OrganDonationWish organDonationWish() {
    return organDonationWish;
  }

  void organDonationWish(OrganDonationWish wish, Instant now) {
    this.organDonationWish = wish;
    this.updatedAt = now;
  }
}

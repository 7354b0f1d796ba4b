package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dmp.domain.information.AdvanceDirectives;
import org.dmp.domain.information.ContactDetails;
import org.dmp.domain.information.EmergencyContact;
import org.dmp.domain.information.EmergencyContactId;
import org.dmp.domain.information.OrganDonationWish;
import org.dmp.domain.information.PatientInformationRepository;
import org.dmp.domain.information.Vaccination;
import org.dmp.domain.information.VaccinationId;
import org.dmp.domain.record.RecordId;

/**
 * The patient's information in {@code patient_contact}, {@code emergency_contact}, {@code
 * advance_directives} and {@code vaccination}.
 */
@ApplicationScoped
public class JpaPatientInformationRepository implements PatientInformationRepository {

  @PersistenceContext EntityManager em;

  @Override
  public ContactDetails contact(RecordId record) {
    return contactRow(record).map(PatientContactRow::contact).orElse(ContactDetails.NONE);
  }

  @Override
  public void saveContact(RecordId record, ContactDetails contact, Instant now) {
    contactRowForUpdate(record, now).contact(contact, now);
  }

  @Override
  public OrganDonationWish organDonationWish(RecordId record) {
    return contactRow(record)
        .map(PatientContactRow::organDonationWish)
        .orElse(OrganDonationWish.NOT_STATED);
  }

  @Override
  public void saveOrganDonationWish(RecordId record, OrganDonationWish wish, Instant now) {
    contactRowForUpdate(record, now).organDonationWish(wish, now);
  }

  @Override
  public List<EmergencyContact> emergencyContacts(RecordId record) {
    return em.createQuery(
            "select c from EmergencyContactRow c where c.recordId = :r order by c.addedAt, c.id",
            EmergencyContactRow.class)
        .setParameter("r", record.value())
        .getResultStream()
        .map(EmergencyContactRow::contact)
        .toList();
  }

  @Override
  public void add(RecordId record, EmergencyContact contact, Instant now) {
    em.persist(new EmergencyContactRow(record.value(), contact, now));
  }

  @Override
  public boolean remove(RecordId record, EmergencyContactId contact) {
    return em.createQuery("delete from EmergencyContactRow c where c.recordId = :r and c.id = :i")
            .setParameter("r", record.value())
            .setParameter("i", contact.value())
            .executeUpdate()
        > 0;
  }

  @Override
  public Optional<AdvanceDirectives> advanceDirectives(RecordId record) {
    return Optional.ofNullable(em.find(AdvanceDirectivesRow.class, record.value()))
        .map(AdvanceDirectivesRow::directives);
  }

  @Override
  public void saveAdvanceDirectives(RecordId record, AdvanceDirectives directives, Instant now) {
    AdvanceDirectivesRow row = em.find(AdvanceDirectivesRow.class, record.value());
    if (directives == null) {
      if (row != null) {
        em.remove(row);
      }
      return;
    }
    if (row == null) {
      row = new AdvanceDirectivesRow(record.value());
      row.directives(directives, now);
      em.persist(row);
    } else {
      row.directives(directives, now);
    }
  }

  @Override
  public List<Vaccination> vaccinations(RecordId record) {
    return em.createQuery(
            "select v from VaccinationRow v where v.recordId = :r"
                + " order by v.vaccinatedOn desc, v.recordedAt desc, v.id",
            VaccinationRow.class)
        .setParameter("r", record.value())
        .getResultStream()
        .map(VaccinationRow::vaccination)
        .toList();
  }

  @Override
  public void add(RecordId record, Vaccination vaccination, Instant now) {
    em.persist(new VaccinationRow(record.value(), vaccination, now));
  }

  @Override
  public boolean remove(RecordId record, VaccinationId vaccination) {
    return em.createQuery("delete from VaccinationRow v where v.recordId = :r and v.id = :i")
            .setParameter("r", record.value())
            .setParameter("i", vaccination.value())
            .executeUpdate()
        > 0;
  }

  private Optional<PatientContactRow> contactRow(RecordId record) {
    return Optional.ofNullable(em.find(PatientContactRow.class, record.value()));
  }

  /** The record's row, created if absent (callers hold the record's lock). */
  private PatientContactRow contactRowForUpdate(RecordId record, Instant now) {
    return contactRow(record)
        .orElseGet(
            () -> {
              PatientContactRow created = new PatientContactRow(record.value(), now);
              em.persist(created);
              return created;
            });
  }
}

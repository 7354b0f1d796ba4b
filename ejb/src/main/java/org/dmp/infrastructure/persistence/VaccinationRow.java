package org.dmp.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.dmp.domain.information.Vaccination;
import org.dmp.domain.information.VaccinationId;

/** One entry of a vaccination record ({@code vaccination}). */
@Entity
@Table(name = "vaccination")
class VaccinationRow {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false)
  private UUID recordId;

  @Column(nullable = false, length = 200)
  private String vaccine;

  @Column(name = "vaccinated_on", nullable = false)
  private LocalDate vaccinatedOn;

  private Short dose;

  @Column(name = "lot_number", length = 40)
  private String lotNumber;

  @Column(name = "vaccinated_by", length = 200)
  private String vaccinatedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected VaccinationRow() {}

  VaccinationRow(UUID recordId, Vaccination vaccination, Instant now) {
    this.id = vaccination.id().value();
    this.recordId = recordId;
    this.vaccine = vaccination.vaccine();
    this.vaccinatedOn = vaccination.date();
    this.dose = vaccination.dose() == null ? null : vaccination.dose().shortValue();
    this.lotNumber = vaccination.lotNumber();
    this.vaccinatedBy = vaccination.vaccinatedBy();
    this.recordedAt = now;
  }

  Vaccination vaccination() {
    return new Vaccination(
        new VaccinationId(id),
        vaccine,
        vaccinatedOn,
        dose == null ? null : dose.intValue(),
        lotNumber,
        vaccinatedBy);
  }
}

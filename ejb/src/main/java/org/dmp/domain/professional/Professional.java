package org.dmp.domain.professional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.dmp.domain.shared.Require;

/**
 * A health professional as the national directory (RPPS) describes them: name, profession,
 * specialty and the organisation they practise in. Kept in a directory table so that authors and
 * authorizations refer to a known person.
 */
@Entity
@Table(name = "professional")
public class Professional {

  @Id
  @Column(length = 11)
  private String rpps;

  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Column(name = "profession_code", nullable = false, length = 4)
  private String professionCode;

  @Column(name = "specialty_code", length = 8)
  private String specialtyCode;

  @Column(length = 9)
  private String finess;

  @Column(name = "organisation_name", length = 200)
  private String organisationName;

  protected Professional() {}

  public Professional(
      Rpps rpps,
      String familyName,
      String givenName,
      Profession profession,
      Specialty specialty,
      Finess finess,
      String organisationName) {
    this.rpps = Require.present(rpps, "RPPS", "RPPS").value();
    this.familyName = Require.present(familyName, "nom", "family name").strip();
    this.givenName = Require.present(givenName, "prénom", "given name").strip();
    this.professionCode = Require.present(profession, "profession", "profession").code();
    this.specialtyCode = specialty == null ? null : specialty.code();
    this.finess = finess == null ? null : finess.value();
    this.organisationName = organisationName;
  }

  public Rpps rpps() {
    return new Rpps(rpps);
  }

  public String familyName() {
    return familyName;
  }

  public String givenName() {
    return givenName;
  }

  public Profession profession() {
    return Profession.ofCode(professionCode);
  }

  public Specialty specialty() {
    return specialtyCode == null ? null : new Specialty(specialtyCode);
  }

  public Finess finess() {
    return finess == null ? null : new Finess(finess);
  }

  public String organisationName() {
    return organisationName;
  }
}

package org.dmp.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.professional.Finess;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.professional.Specialty;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/**
 * Who wrote a document: a professional (RPPS, profession, specialty, organisation), the patient for
 * the documents they add themselves, or a feeding system. Decides who may later archive, delete or
 * replace it.
 */
@Embeddable
public class Author {

  @Enumerated(EnumType.STRING)
  @Column(name = "author_kind", nullable = false, length = 24)
  private ActorKind kind;

  @Column(name = "author_id", nullable = false, length = 64)
  private String id;

  @Column(name = "author_name", nullable = false, length = 200)
  private String name;

  @Column(name = "author_profession", length = 4)
  private String professionCode;

  @Column(name = "author_specialty", length = 8)
  private String specialtyCode;

  @Column(name = "author_finess", length = 9)
  private String finess;

  @Column(name = "author_organisation", length = 200)
  private String organisationName;

  protected Author() {}

  private Author(
      ActorKind kind,
      String id,
      String name,
      String professionCode,
      String specialtyCode,
      String finess,
      String organisationName) {
    this.kind = kind;
    this.id = Require.present(id, "identifiant de l'auteur", "author id");
    this.name = Require.present(name, "nom de l'auteur", "author name").strip();
    this.professionCode = professionCode;
    this.specialtyCode = specialtyCode;
    this.finess = finess;
    this.organisationName = organisationName;
  }

  /** A professional writing in an organisation. */
  public static Author professional(
      Rpps rpps,
      String name,
      Profession profession,
      Specialty specialty,
      Finess finess,
      String organisationName) {
    Require.present(rpps, "RPPS de l'auteur", "author RPPS");
    Require.present(profession, "profession de l'auteur", "author profession");
    return new Author(
        ActorKind.PROFESSIONAL,
        rpps.value(),
        name,
        profession.code(),
        specialty == null ? null : specialty.code(),
        finess == null ? null : finess.value(),
        organisationName);
  }

  /**
   * A professional author whose document does not state their profession: it is known only when the
   * author is the professional who submits the document (their signed assertion says it); for
   * anyone else it must be stated.
   */
  public static Author professionalSubmitting(
      Rpps rpps,
      String name,
      Specialty specialty,
      Finess finess,
      String organisationName,
      Actor submitter) {
    Require.present(rpps, "RPPS de l'auteur", "author RPPS");
    if (submitter.kind() != ActorKind.PROFESSIONAL || !submitter.id().equals(rpps.value())) {
      throw new InvalidValueException(
          "AUTHOR_PROFESSION",
          "La profession de l'auteur est obligatoire pour un auteur autre que le professionnel"
              + " qui alimente le dossier",
          "The author's profession is required for an author other than the submitting"
              + " professional");
    }
    return professional(
        rpps, name, submitter.role().profession(), specialty, finess, organisationName);
  }

  /** The patient, for a document they add to their own record. */
  public static Author patient(String insValue, String name) {
    return new Author(ActorKind.PATIENT, insValue, name, null, null, null, null);
  }

  /** A legal representative, for a document they add to the patient's record. */
  public static Author representative(String representativeId, String name) {
    return new Author(ActorKind.REPRESENTATIVE, representativeId, name, null, null, null, null);
  }

  /** An accredited feeding system (the insurer's reimbursement feed, a lab's automaton). */
  public static Author system(String systemId, String name) {
    return new Author(ActorKind.FEED_SYSTEM, systemId, name, null, null, null, null);
  }

  /**
   * Refuses a document that the patient (or a representative) adds in someone else's name: on the
   * patient's side, the one who adds is the author.
   */
  public void checkAddedBy(Actor adder) {
    boolean patientSide =
        adder.kind() == ActorKind.PATIENT || adder.kind() == ActorKind.REPRESENTATIVE;
    if (patientSide && (kind != adder.kind() || !id.equals(adder.id()))) {
      throw new InvalidValueException(
          "AUTHOR_NOT_ADDER",
          "Un document ajouté par le patient ou son représentant a pour auteur celui qui l'ajoute",
          "A document added by the patient or a representative has the adder as its author");
    }
  }

  public ActorKind kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Profession profession() {
    return professionCode == null ? null : Profession.ofCode(professionCode);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Author a && kind == a.kind && id.equals(a.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id);
  }
}

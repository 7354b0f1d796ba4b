package org.dmp.domain.policy;

/** What an actor asks to do. Document actions name a document; the others the record. */
public enum Action {
  /** Open a record for a patient who has none (decided without record facts). */
  OPEN_RECORD(false, "ouvrir un dossier", "open a record"),
  /** See that the record exists, its state and the caller's own authorization status. */
  READ_RECORD(false, "consulter l'état du dossier", "see the record's status"),
  /** List or search the record's documents (each then filtered by {@link #READ_DOCUMENT}). */
  SEARCH(false, "rechercher dans les documents", "search the documents"),
  READ_DOCUMENT(true, "consulter un document", "read a document"),
  FEED(false, "alimenter le dossier", "feed the record"),
  HIDE_FROM_PROFESSIONALS(
      true, "masquer un document aux professionnels", "hide a document from professionals"),
  UNHIDE_FROM_PROFESSIONALS(true, "démasquer un document", "unhide a document"),
  SET_INVISIBLE_TO_PATIENT(
      true, "rendre un document invisible au patient", "make a document invisible to the patient"),
  LIFT_INVISIBLE_TO_PATIENT(
      true, "rendre un document visible au patient", "make a document visible to the patient"),
  SET_INVISIBLE_TO_REPRESENTATIVES(
      true,
      "rendre un document invisible aux représentants légaux",
      "make a document invisible to the legal representatives"),
  LIFT_INVISIBLE_TO_REPRESENTATIVES(
      true,
      "rendre un document visible aux représentants légaux",
      "make a document visible to the legal representatives"),
  ARCHIVE(true, "archiver un document", "archive a document"),
  DELETE(true, "supprimer un document", "delete a document"),
  REPLACE(true, "remplacer un document", "replace a document"),
  /** Grant, revoke, block, unblock a professional; give or withdraw treating rights. */
  MANAGE_AUTHORIZATIONS(
      false, "gérer les accès des professionnels", "manage professionals' access"),
  /** A professional records the patient's oral consent for themselves, or withdraws it. */
  RECORD_ORAL_CONSENT(
      false, "enregistrer le consentement oral du patient", "record the patient's oral consent"),
  /** Declare or change the treating physician: a doctor declaring themselves. */
  DECLARE_TREATING_PHYSICIAN(
      false, "déclarer le médecin traitant", "declare the treating physician"),
  /** Name someone else (or no one) the treating physician: the patient's choice, not a doctor's. */
  DESIGNATE_TREATING_PHYSICIAN(
      false,
      "désigner un autre que soi comme médecin traitant",
      "name someone else the treating physician"),
  /** Break-glass and centre-15 settings. */
  MANAGE_SETTINGS(
      false, "modifier les paramètres d'accès d'urgence", "change the emergency access settings"),
  MANAGE_REPRESENTATIVES(
      false, "gérer les représentants légaux", "manage the legal representatives"),
  /**
   * Give the patient's online account a new initial secret (a new first-login letter), unlocking
   * and enabling it: at a counter, where the patient shows who they are.
   */
  RENEW_CREDENTIALS(
      false,
      "renouveler les identifiants du compte en ligne du patient",
      "renew the patient's online account credentials"),
  CLOSE_RECORD(false, "fermer le dossier", "close the record"),
  REACTIVATE_RECORD(false, "réactiver le dossier", "reactivate the record"),
  READ_ACCESS_HISTORY(false, "consulter l'historique des accès", "read the access history"),
  /** "My information", administrative part: contact details, persons to notify, organ donation. */
  READ_PERSONAL_INFORMATION(
      false,
      "consulter les coordonnées, personnes à prévenir et volonté sur le don d'organes",
      "read the contact details, persons to notify and organ-donation wish"),
  CHANGE_PERSONAL_INFORMATION(
      false,
      "modifier les coordonnées, personnes à prévenir et volonté sur le don d'organes",
      "change the contact details, persons to notify and organ-donation wish"),
  /** "My information", medical part: advance directives and the vaccination record. */
  READ_HEALTH_INFORMATION(
      false,
      "consulter les directives anticipées et le carnet de vaccination",
      "read the advance directives and the vaccination record"),
  CHANGE_HEALTH_INFORMATION(
      false,
      "modifier les directives anticipées et le carnet de vaccination",
      "change the advance directives and the vaccination record");

  private final boolean onDocument;
  private final String french;
  private final String english;

  Action(boolean onDocument, String french, String english) {
    this.onDocument = onDocument;
    this.french = french;
    this.english = english;
  }

  public boolean onDocument() {
    return onDocument;
  }

  /** The action in words, as a verb phrase: {@code consulter un document}. */
  public String french() {
    return french;
  }

  public String english() {
    return english;
  }
}

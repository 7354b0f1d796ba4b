package org.dmp.domain.actor;

/** The kinds of actors the access rules distinguish. */
public enum ActorKind {
  PATIENT("Le patient", "The patient"),
  REPRESENTATIVE("Un représentant légal", "A legal representative"),
  PROFESSIONAL("Un professionnel de santé", "A health professional"),
  COUNTER_AGENT("Un agent d'accueil de l'Assurance Maladie", "A health-insurance counter agent"),
  PHARMACIST_AT_COUNTER("Un pharmacien au comptoir", "A pharmacist at the counter"),
  FEED_SYSTEM("Un système d'alimentation", "A feeding system"),
  AUDITOR("Un auditeur", "An auditor"),
  /** The server itself: scheduled jobs such as the purge. */
  SYSTEM("Le serveur", "The server");

  private final String french;
  private final String english;

  ActorKind(String french, String english) {
    this.french = french;
    this.english = english;
  }

  /** The kind as the subject of a sentence: {@code Un agent d'accueil…}. */
  public String french() {
    return french;
  }

  public String english() {
    return english;
  }
}

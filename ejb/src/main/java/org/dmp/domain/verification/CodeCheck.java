package org.dmp.domain.verification;

/**
 * The outcome of typing a one-time code. Not an exception: a wrong attempt must be counted, and a
 * refusal thrown from a service would roll the count back with everything else.
 */
public enum CodeCheck {
  ACCEPTED("", ""),
  WRONG(
      "Ce code n'est pas le bon. Vérifiez les six chiffres du dernier message reçu et"
          + " recommencez.",
      "This code is not the right one. Check the six digits of the latest message and try"
          + " again."),
  EXPIRED(
      "Ce code a expiré. Demandez un nouveau code.", "This code has expired. Ask for a new code."),
  TOO_MANY_ATTEMPTS(
      "Trop d'essais avec ce code. Demandez un nouveau code.",
      "Too many attempts with this code. Ask for a new code."),
  NONE(
      "Aucun code en attente : demandez un nouveau code.",
      "No code is waiting: ask for a new code.");

  private final String french;
  private final String english;

  CodeCheck(String french, String english) {
    this.french = french;
    this.english = english;
  }

  public boolean accepted() {
    return this == ACCEPTED;
  }

  public String french() {
    return french;
  }

  public String english() {
    return english;
  }
}

package org.dmp.domain.opening;

import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.shared.DmpException;

/**
 * An online opening that cannot go on, each with its own code and a message that says what to do
 * instead: the patient is alone at home, nobody is there to explain.
 */
public class OpeningRefusedException extends DmpException {

  OpeningRefusedException(String code, String french, String english) {
    super(code, french, english);
  }

  public static OpeningRefusedException minor() {
    return new OpeningRefusedException(
        "OPENING_MINOR",
        "Un dossier pour un mineur s'ouvre dans un accueil de l'Assurance Maladie avec son"
            + " représentant légal.",
        "A record for a minor is opened at a health insurance counter with their legal"
            + " representative.");
  }

  /** Also for a NIR the insurer does not know: saying so would tell a stranger who is insured. */
  public static OpeningRefusedException identityMismatch() {
    return new OpeningRefusedException(
        "OPENING_IDENTITY",
        "Le numéro de sécurité sociale ne correspond pas au nom, au prénom et à la date de"
            + " naissance saisis. Recopiez-les exactement comme ils figurent sur votre carte"
            + " Vitale.",
        "The social security number does not match the name, first name and birth date typed."
            + " Copy them exactly as they are on your Vitale card.");
  }

  public static OpeningRefusedException alreadyExists(RecordStatus status) {
    if (status == RecordStatus.CLOSED) {
      return new OpeningRefusedException(
          "OPENING_RECORD_CLOSED",
          "Vous avez déjà un dossier, qui a été fermé. Vous pouvez le réactiver en vous"
              + " connectant avec votre identifiant, ou dans un accueil de l'Assurance Maladie.",
          "You already have a record, which was closed. You can reactivate it by logging in with"
              + " your login, or at a health insurance counter.");
    }
    return new OpeningRefusedException(
        "OPENING_RECORD_EXISTS",
        "Vous avez déjà un dossier ouvert. Connectez-vous avec votre identifiant ; si vous l'avez"
            + " perdu, un accueil de l'Assurance Maladie vous en remet un nouveau.",
        "You already have an open record. Log in with your login; if you lost it, a health"
            + " insurance counter gives you a new one.");
  }

  public static OpeningRefusedException locked() {
    return new OpeningRefusedException(
        "OPENING_LOCKED",
        "Trop d'essais : réessayez dans une heure.",
        "Too many attempts: try again in an hour.");
  }

  public static OpeningRefusedException noContact() {
    return new OpeningRefusedException(
        "OPENING_NO_CONTACT",
        "L'Assurance Maladie n'a pas d'adresse électronique pour vous envoyer un code. Ouvrez"
            + " votre dossier dans un accueil de l'Assurance Maladie ou dans une pharmacie.",
        "The health insurer has no e-mail address to send you a code. Open your record at a"
            + " health insurance counter or at a pharmacy.");
  }

  public static OpeningRefusedException tooManyCodes() {
    return new OpeningRefusedException(
        "OPENING_TOO_MANY_CODES",
        "Trop de codes ont été demandés. Attendez une heure avant d'en demander un autre.",
        "Too many codes were asked for. Wait an hour before asking for another.");
  }
}

package org.dmp.application.login;

import org.dmp.domain.shared.DmpException;

/** A step of the login that cannot go on, with what the person should do instead. */
public class LoginRefusedException extends DmpException {

  LoginRefusedException(String code, String french, String english) {
    super(code, french, english);
  }

  static LoginRefusedException noContact() {
    return new LoginRefusedException(
        "NO_CONTACT",
        "Aucune adresse électronique n'est enregistrée pour recevoir votre code. Adressez-vous à"
            + " un accueil de l'Assurance Maladie pour la faire enregistrer.",
        "No e-mail address is recorded to receive your code. Go to a health insurance counter to"
            + " have one recorded.");
  }

  static LoginRefusedException tooManyCodes() {
    return new LoginRefusedException(
        "TOO_MANY_CODES",
        "Trop de codes ont été demandés. Attendez une heure avant d'en demander un autre.",
        "Too many codes were asked for. Wait an hour before asking for another.");
  }

  static LoginRefusedException wrongCurrentPassword() {
    return new LoginRefusedException(
        "WRONG_CURRENT_PASSWORD",
        "Le mot de passe actuel n'est pas le bon. Saisissez celui avec lequel vous vous êtes"
            + " connecté.",
        "The current password is not the right one. Type the one you logged in with.");
  }
}

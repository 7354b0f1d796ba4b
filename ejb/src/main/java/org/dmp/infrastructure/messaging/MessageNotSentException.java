package org.dmp.infrastructure.messaging;

import org.dmp.domain.shared.DmpException;

/** The mail relay did not take the message: the act that wanted it sent fails with it. */
public class MessageNotSentException extends DmpException {

  public MessageNotSentException(Exception cause) {
    super(
        "MESSAGE_NOT_SENT",
        "Le message n'a pas pu être envoyé. Réessayez dans quelques minutes ; si cela dure,"
            + " adressez-vous à un accueil de l'Assurance Maladie.",
        "The message could not be sent. Try again in a few minutes; if it lasts, go to a health"
            + " insurance counter.");
    initCause(cause);
  }
}

package org.dmp.domain.account;

import org.dmp.domain.shared.InvalidValueException;

/**
 * A password a person chooses: at least 12 characters with a letter and a digit, as the CNIL's
 * recommendation for an account protected by a second factor (the one-time code) allows; long
 * rather than cryptic, so that an elderly patient can choose a sentence they remember.
 */
public record NewPassword(String value) {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  public NewPassword {
    if (value == null || value.length() < MIN_LENGTH) {
      throw new InvalidValueException(
          "PASSWORD_TOO_SHORT",
          "Le mot de passe doit compter au moins 12 caractères : une courte phrase convient.",
          "The password must have at least 12 characters: a short sentence will do.");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "PASSWORD_TOO_LONG",
          "Le mot de passe ne doit pas dépasser 128 caractères.",
          "The password must not exceed 128 characters.");
    }
    if (value.chars().noneMatch(Character::isLetter)
        || value.chars().noneMatch(Character::isDigit)) {
      throw new InvalidValueException(
          "PASSWORD_TOO_SIMPLE",
          "Le mot de passe doit contenir au moins une lettre et un chiffre.",
          "The password must contain at least one letter and one digit.");
    }
  }

  /** Refuses a password that contains the login: the first thing a guesser tries. */
  public NewPassword notContaining(String login) {
    if (value.toLowerCase().contains(login.toLowerCase())) {
      throw new InvalidValueException(
          "PASSWORD_CONTAINS_LOGIN",
          "Le mot de passe ne doit pas contenir votre identifiant.",
          "The password must not contain your login.");
    }
    return this;
  }

  @Override
  public String toString() {
    return "NewPassword[hidden]";
  }
}

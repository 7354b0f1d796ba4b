package org.dmp.domain.account;

import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * How a person with an online account is reached: an e-mail address, where every login's one-time
 * code goes (so it is required), and optionally a French phone number (10 digits, or +33 and 9).
 */
public record Contact(String email, String phone) {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE = Pattern.compile("(0[1-9][0-9]{8}|\\+33[1-9][0-9]{8})");

  public Contact {
    email = email == null ? "" : email.strip();
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw new InvalidValueException(
          "CONTACT_EMAIL",
          "Adresse e-mail invalide : saisissez une adresse comme prenom.nom@exemple.fr",
          "Invalid e-mail address: type an address such as firstname.name@example.fr");
    }
    phone = phone == null ? "" : phone.replaceAll("[ .\\-]", "");
    if (phone.isEmpty()) {
      phone = null;
    } else if (!PHONE.matcher(phone).matches()) {
      throw new InvalidValueException(
          "CONTACT_PHONE",
          "Numéro de téléphone invalide : 10 chiffres (06 12 34 56 78) ou +33 et 9 chiffres",
          "Invalid phone number: 10 digits (06 12 34 56 78) or +33 and 9 digits");
    }
  }
}

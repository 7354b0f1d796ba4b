package org.dmp.domain.information;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;

/**
 * An e-mail address of the usual shape {@code name@domain.tld}, trimmed, its domain in lower case
 * (the part before {@code @} is kept as given). Whether it exists is not checked.
 */
public record EmailAddress(String value) {

  /** At most 254 characters in all (RFC 5321), 64 before the {@code @}. */
  public static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  public EmailAddress {
    if (value == null
        || value.length() > MAX_LENGTH
        || value.indexOf('@') > 64
        || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(
          "EMAIL_ADDRESS",
          "Adresse électronique invalide : « "
              + value
              + " ». Donnez une adresse de la forme nom@domaine.fr",
          "Invalid e-mail address: '" + value + "'. Give an address such as name@domain.fr");
    }
  }

  /** The address as a person typed it: trimmed, domain in lower case. */
  public static EmailAddress parse(String text) {
    String trimmed = text == null ? null : text.strip();
    int at = trimmed == null ? -1 : trimmed.lastIndexOf('@');
    return new EmailAddress(
        at < 0
            ? trimmed
            : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}

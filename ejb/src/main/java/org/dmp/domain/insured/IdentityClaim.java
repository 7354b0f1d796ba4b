package org.dmp.domain.insured;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.dmp.domain.patient.PersonName;
import org.dmp.domain.shared.Require;

/**
 * What a person types about themselves, as written on their Vitale card: birth name, first name,
 * birth date. Compared with the insurer's traits the way a counter agent would read them: case,
 * accents, hyphens, apostrophes and extra spaces do not matter ("Hélène" is "HELENE", "Le Goff" is
 * "LE-GOFF"); the first name is the first of the first names.
 */
public record IdentityClaim(String birthName, String firstName, LocalDate birthDate) {

  public IdentityClaim {
    birthName = PersonName.checked(birthName, "Nom de naissance", "Birth name");
    firstName = PersonName.checked(firstName, "Prénom", "First name");
    Require.present(birthDate, "date de naissance", "birth date");
  }

  /** Whether these are the traits of this insured person. */
  public boolean matches(InsuredPerson person) {
    return birthDate.equals(person.traits().birthDate())
        && comparable(birthName).equals(comparable(person.traits().birthName()))
        && comparable(firstOf(firstName)).equals(comparable(firstOf(person.traits().firstNames())));
  }

  /** The first of a list of first names ("Jeanne Louise" or "Jeanne, Louise": Jeanne). */
  static String firstOf(String firstNames) {
    String[] names = firstNames.strip().split("[\\s,]+");
    return names[0];
  }

  /** Upper case, without accents, with punctuation and spaces reduced to one space. */
  static String comparable(String name) {
    String bare =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("Œ", "OE")
            .replace("œ", "oe")
            .replace("Æ", "AE")
            .replace("æ", "ae");
    return bare.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
  }
}

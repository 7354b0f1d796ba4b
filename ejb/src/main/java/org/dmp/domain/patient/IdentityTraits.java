package org.dmp.domain.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.domain.shared.Require;

/**
 * The identity traits that go with an INS, as the national identity service returns them: birth
 * name, first names, used name, sex, birth date and birth place (INSEE code; 99xxx abroad).
 * Compared by value.
 */
@Embeddable
public class IdentityTraits {

  private static final Pattern BIRTH_PLACE = Pattern.compile("(2A|2B|[0-9]{2})[0-9]{3}");

  @Column(name = "birth_name", nullable = false, length = 100)
  private String birthName;

  @Column(name = "first_names", nullable = false, length = 100)
  private String firstNames;

  @Column(name = "used_name", length = 100)
  private String usedName;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 1)
  private Sex sex;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "birth_place_code", length = 5)
  private String birthPlaceCode;

  protected IdentityTraits() {}

  public IdentityTraits(
      String birthName,
      String firstNames,
      String usedName,
      Sex sex,
      LocalDate birthDate,
      String birthPlaceCode) {
    this.birthName = PersonName.checked(birthName, "Nom de naissance", "Birth name");
    this.firstNames = PersonName.checked(firstNames, "Prénoms", "First names");
    this.usedName =
        usedName == null || usedName.isBlank()
            ? null
            : PersonName.checked(usedName, "Nom d'usage", "Used name");
    this.sex = Require.present(sex, "sexe", "sex");
    this.birthDate = Require.present(birthDate, "date de naissance", "birth date");
    if (birthPlaceCode != null && !BIRTH_PLACE.matcher(birthPlaceCode).matches()) {
      throw new InvalidValueException(
          "BIRTH_PLACE",
          "Code du lieu de naissance invalide (5 caractères INSEE) : « " + birthPlaceCode + " »",
          "Invalid birth place code (5-character INSEE code): '" + birthPlaceCode + "'");
    }
    this.birthPlaceCode = birthPlaceCode;
  }

  public String birthName() {
    return birthName;
  }

  public String firstNames() {
    return firstNames;
  }

  public String usedName() {
    return usedName;
  }

  public Sex sex() {
    return sex;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String birthPlaceCode() {
    return birthPlaceCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityTraits t
        && birthName.equals(t.birthName)
        && firstNames.equals(t.firstNames)
        && Objects.equals(usedName, t.usedName)
        && sex == t.sex
        && birthDate.equals(t.birthDate)
        && Objects.equals(birthPlaceCode, t.birthPlaceCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(birthName, firstNames, birthDate);
  }
}

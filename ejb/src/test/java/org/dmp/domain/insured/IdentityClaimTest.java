package org.dmp.domain.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dmp.domain.patient.IdentityTraits;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.patient.Sex;
import org.junit.jupiter.api.Test;

class IdentityClaimTest {

  private static final LocalDate BORN = LocalDate.of(1961, 5, 2);

  private final InsuredPerson helene =
      new InsuredPerson(
          Ins.of("261057511300213", "1.2.250.1.213.1.4.10"),
          new IdentityTraits("LE GOFF-DURAND", "Hélène Marie", null, Sex.F, BORN, "75056"),
          "helene@exemple.fr");

  @Test
  void casesAccentsAndPunctuationDoNotMatter() {
    assertThat(new IdentityClaim("le goff durand", "HELENE", BORN).matches(helene)).isTrue();
    assertThat(new IdentityClaim(" Le-Goff  Durand ", "hélène", BORN).matches(helene)).isTrue();
  }

  @Test
  void theFirstNameIsTheFirstOfTheFirstNames() {
    assertThat(new IdentityClaim("LE GOFF-DURAND", "Hélène Marie", BORN).matches(helene)).isTrue();
    assertThat(new IdentityClaim("LE GOFF-DURAND", "Marie", BORN).matches(helene)).isFalse();
  }

  @Test
  void anotherNameOrBirthDateDoesNotMatch() {
    assertThat(new IdentityClaim("LE GOFF", "Hélène", BORN).matches(helene)).isFalse();
    assertThat(new IdentityClaim("LE GOFF-DURAND", "Hélène", BORN.plusDays(1)).matches(helene))
        .isFalse();
  }

  @Test
  void theDisplayNameIsTheFirstFirstNameAndTheName() {
    assertThat(helene.displayName()).isEqualTo("Hélène LE GOFF-DURAND");
  }
}

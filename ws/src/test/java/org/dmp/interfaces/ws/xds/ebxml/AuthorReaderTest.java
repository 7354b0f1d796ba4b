package org.dmp.interfaces.ws.xds.ebxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ProfessionalRole;
import org.dmp.domain.document.Author;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.shared.InvalidValueException;
import org.dmp.interfaces.ws.contract.rim.ClassificationType;
import org.junit.jupiter.api.Test;

/** The author of an entry as the CI-SIS writes it, and what is inferred when a slot is missing. */
class AuthorReaderTest {

  private static final Rpps NURSE = Rpps.withCheckDigit("1000111111");
  private static final Rpps DOCTOR = Rpps.withCheckDigit("1000123456");
  private static final Actor SUBMITTING_NURSE =
      Actor.professional(NURSE, "Anne LEROY", new ProfessionalRole(Profession.NURSE, null, null));

  private static ClassificationType author(Rpps rpps, String specialty) {
    ClassificationType c = new ClassificationType();
    c.getSlot()
        .add(
            Rim.newSlot(
                "authorPerson",
                List.of(
                    "8" + rpps.value() + "^LEROY^Anne^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS")));
    if (specialty != null) {
      c.getSlot().add(Rim.newSlot("authorSpecialty", List.of(specialty)));
    }
    return c;
  }

  @Test
  void theStatedProfessionIsTheAuthors() {
    Author a =
        AuthorReader.read(author(DOCTOR, "G15_10/SM26^^1.2.250.1.213.1.1.4.5"), SUBMITTING_NURSE);

    assertThat(a.id()).isEqualTo(DOCTOR.value());
    assertThat(a.profession()).isEqualTo(Profession.DOCTOR);
    assertThat(a.specialty().code()).isEqualTo("SM26");
  }

  @Test
  void withoutAStatedProfessionTheSubmittersOwnIsTakenForThemselves() {
    Author a = AuthorReader.read(author(NURSE, null), SUBMITTING_NURSE);

    assertThat(a.profession()).isEqualTo(Profession.NURSE);
    assertThat(a.name()).isEqualTo("Anne LEROY");
  }

  @Test
  void withoutAStatedProfessionAnotherAuthorIsRefused() {
    assertThatThrownBy(() -> AuthorReader.read(author(DOCTOR, null), SUBMITTING_NURSE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("profession")
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("AUTHOR_PROFESSION");
  }
}

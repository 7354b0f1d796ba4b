package org.dmp.domain.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dmp.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values of "My information" check their own form, each refusal with its own code. */
class InformationValuesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+33612345678",
        "+33 6 12 34 56 78",
        "0033 6 12 34 56 78"
      })
  void aFrenchPhoneNumberIsReadAsWrittenAndKeptInInternationalForm(String written) {
    PhoneNumber phone = PhoneNumber.parse(written);

    assertThat(phone.value()).isEqualTo("+33612345678");
    assertThat(phone.display()).isEqualTo("06 12 34 56 78");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "061234567",
        "06123456789",
        "0012345678",
        "+3361234567",
        "+44612345678",
        "612345678",
        "06 12 34 56 7a",
        " "
      })
  void anythingElseIsNotAFrenchPhoneNumber(String written) {
    InvalidValueException refused = refusal(() -> PhoneNumber.parse(written));

    assertThat(refused.code()).isEqualTo("PHONE_NUMBER");
    assertThat(refused.getMessage()).contains("téléphone").contains("telephone");
  }

  @Test
  void anEmailAddressIsTrimmedWithItsDomainInLowerCase() {
    assertThat(EmailAddress.parse("  Jeanne.Martin+dmp@Exemple.FR ").value())
        .isEqualTo("Jeanne.Martin+dmp@exemple.fr");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jeanne",
        "jeanne@",
        "@exemple.fr",
        "jeanne@exemple",
        "jeanne martin@exemple.fr",
        "jeanne@@exemple.fr",
        "jeanne@exemple..fr",
        "jeanne.@exemple.fr"
      })
  void anEmailAddressMustHaveTheUsualShape(String written) {
    InvalidValueException refused = refusal(() -> EmailAddress.parse(written));

    assertThat(refused.code()).isEqualTo("EMAIL_ADDRESS");
    assertThat(refused.getMessage()).contains("nom@domaine.fr").contains("name@domain.fr");
  }

  @Test
  void anEmailAddressHasAtMost254Characters() {
    String tooLong = "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + ".fr";
    assertThat(refusal(() -> EmailAddress.parse(tooLong + "x".repeat(80))).code())
        .isEqualTo("EMAIL_ADDRESS");
  }

  @Test
  void contactDetailsAreOptionalAndBlankMeansAbsent() {
    ContactDetails none = ContactDetails.of(" ", null);
    ContactDetails both = ContactDetails.of("jeanne@exemple.fr", "06 12 34 56 78");

    assertThat(none).isEqualTo(ContactDetails.NONE);
    assertThat(none.isEmpty()).isTrue();
    assertThat(both.email().value()).isEqualTo("jeanne@exemple.fr");
    assertThat(both.phone().value()).isEqualTo("+33612345678");
    assertThat(refusal(() -> ContactDetails.of("jeanne", null)).code()).isEqualTo("EMAIL_ADDRESS");
    assertThat(refusal(() -> ContactDetails.of(null, "12")).code()).isEqualTo("PHONE_NUMBER");
  }

  @Test
  void aPersonToNotifyHasANameARelationshipAndAPhone() {
    EmergencyContact contact = EmergencyContact.create(" Claire MARTIN ", "fille", "0698765432");

    assertThat(contact.name()).isEqualTo("Claire MARTIN");
    assertThat(contact.relationship()).isEqualTo("fille");
    assertThat(contact.phone().value()).isEqualTo("+33698765432");
    assertThat(contact.id()).isNotNull();
    assertThat(refusal(() -> EmergencyContact.create(" ", "fille", "0698765432")).code())
        .isEqualTo("EMERGENCY_CONTACT_NAME");
    assertThat(refusal(() -> EmergencyContact.create("x".repeat(201), "fille", "0698765432")))
        .hasMessageContaining("200");
    assertThat(refusal(() -> EmergencyContact.create("Claire", null, "0698765432")).code())
        .isEqualTo("EMERGENCY_CONTACT_RELATIONSHIP");
    assertThat(
            refusal(() -> EmergencyContact.create("Claire", "x".repeat(101), "0698765432")).code())
        .isEqualTo("EMERGENCY_CONTACT_RELATIONSHIP");
    assertThat(refusal(() -> EmergencyContact.create("Claire", "fille", null)).code())
        .isEqualTo("PHONE_NUMBER");
    assertThat(refusal(() -> EmergencyContact.create("Claire\u0007", "fille", "0698765432")).code())
        .isEqualTo("EMERGENCY_CONTACT_NAME");
  }

  @Test
  void theOrganDonationWishSaysItIsInformative() {
    assertThat(OrganDonationWish.REFUSES.frenchNotice()).contains("registre national des refus");
    assertThat(OrganDonationWish.REFUSES.englishNotice()).contains("national refusal register");
    assertThat(OrganDonationWish.NOT_STATED.frenchNotice()).contains("présume");
    for (OrganDonationWish wish : OrganDonationWish.values()) {
      assertThat(wish.french()).isNotBlank();
      assertThat(wish.english()).isNotBlank();
    }
  }

  @Test
  void advanceDirectivesAreWrittenHereOrHeldBySomeone() {
    AdvanceDirectives written =
        AdvanceDirectives.of(" Pas d'acharnement. ", LocalDate.of(2025, 1, 2), null, TODAY);
    AdvanceDirectives held = AdvanceDirectives.of(null, null, "Dr Paul DURAND", TODAY);

    assertThat(written.text()).isEqualTo("Pas d'acharnement.");
    assertThat(written.heldBy()).isNull();
    assertThat(held.heldBy()).isEqualTo("Dr Paul DURAND");
    assertThat(refusal(() -> AdvanceDirectives.of(" ", null, "", TODAY)).code())
        .isEqualTo("ADVANCE_DIRECTIVES_EMPTY");
    assertThat(AdvanceDirectives.of("x".repeat(4000), null, null, TODAY).text()).hasSize(4000);
    assertThat(refusal(() -> AdvanceDirectives.of("x".repeat(4001), null, null, TODAY)).code())
        .isEqualTo("ADVANCE_DIRECTIVES_TEXT");
    assertThat(refusal(() -> AdvanceDirectives.of("ok", null, "x".repeat(201), TODAY)).code())
        .isEqualTo("ADVANCE_DIRECTIVES_HELD_BY");
    assertThat(refusal(() -> AdvanceDirectives.of("ok", TODAY.plusDays(1), null, TODAY)).code())
        .isEqualTo("ADVANCE_DIRECTIVES_DATE");
    assertThat(
            refusal(() -> AdvanceDirectives.of("ok", LocalDate.of(1899, 12, 31), null, TODAY))
                .code())
        .isEqualTo("ADVANCE_DIRECTIVES_DATE");
  }

  @Test
  void aVaccinationHasAVaccineAndAPlausibleDateTheRestIsOptional() {
    Vaccination full =
        Vaccination.create(" Comirnaty ", TODAY, 3, "FN1234", "Dr Paul DURAND", TODAY);
    Vaccination least =
        Vaccination.create("DTPolio", LocalDate.of(1900, 1, 1), null, " ", null, TODAY);

    assertThat(full.vaccine()).isEqualTo("Comirnaty");
    assertThat(full.dose()).isEqualTo(3);
    assertThat(least.lotNumber()).isNull();
    assertThat(least.vaccinatedBy()).isNull();
    assertThat(full.id()).isNotEqualTo(least.id());
  }

  @Test
  void eachInvalidPartOfAVaccinationHasItsCode() {
    LocalDate day = LocalDate.of(2020, 5, 4);
    assertThat(refusal(() -> Vaccination.create(" ", day, null, null, null, TODAY)).code())
        .isEqualTo("VACCINE_NAME");
    assertThat(refusal(() -> Vaccination.create("v".repeat(201), day, 1, null, null, TODAY)).code())
        .isEqualTo("VACCINE_NAME");
    assertThat(refusal(() -> Vaccination.create("BCG", null, 1, null, null, TODAY)).code())
        .isEqualTo("VACCINATION_DATE");
    InvalidValueException future =
        refusal(() -> Vaccination.create("BCG", TODAY.plusDays(1), 1, null, null, TODAY));
    assertThat(future.code()).isEqualTo("VACCINATION_DATE");
    assertThat(future.getMessage()).contains("futur").contains("future");
    assertThat(
            refusal(
                    () ->
                        Vaccination.create("BCG", LocalDate.of(1899, 12, 31), 1, null, null, TODAY))
                .code())
        .isEqualTo("VACCINATION_DATE");
    assertThat(refusal(() -> Vaccination.create("BCG", day, 0, null, null, TODAY)).code())
        .isEqualTo("VACCINATION_DOSE");
    assertThat(refusal(() -> Vaccination.create("BCG", day, 11, null, null, TODAY)).code())
        .isEqualTo("VACCINATION_DOSE");
    assertThat(Vaccination.create("BCG", day, 10, "l".repeat(40), null, TODAY).dose())
        .isEqualTo(10);
    assertThat(refusal(() -> Vaccination.create("BCG", day, 1, "l".repeat(41), null, TODAY)).code())
        .isEqualTo("VACCINATION_LOT");
    assertThat(
            refusal(() -> Vaccination.create("BCG", day, 1, null, "b".repeat(201), TODAY)).code())
        .isEqualTo("VACCINATED_BY");
  }

  @Test
  void identifiersAreUuids() {
    assertThat(refusal(() -> VaccinationId.parse("nope")).code()).isEqualTo("VACCINATION_ID");
    assertThat(refusal(() -> EmergencyContactId.parse(null)).code())
        .isEqualTo("EMERGENCY_CONTACT_ID");
    VaccinationId id = VaccinationId.generate();
    assertThat(VaccinationId.parse(id.toString())).isEqualTo(id);
  }

  private static InvalidValueException refusal(ThrowingCallable call) {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, call);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.getMessage()).contains(" / "); // French, then English
    return refused;
  }
}

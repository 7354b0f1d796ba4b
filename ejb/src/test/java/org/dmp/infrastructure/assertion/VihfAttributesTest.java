package org.dmp.infrastructure.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The subject and the attributes: each one the server needs, refused by name when unusable. */
class VihfAttributesTest {

  private final TestVihf vihf = new TestVihf();

  @Test
  void aMissingRequiredAttributeIsRefusedByName() {
    vihf.omitted.add(Vihf.SOFTWARE_NAME);

    InvalidAssertionException refusal = TestVihf.refusal(vihf.signed());

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.ATTRIBUTE);
    assertThat(refusal.attribute()).isEqualTo("LPS_Nom");
    assertThat(refusal.french()).contains("LPS_Nom");
    assertThat(refusal.english()).contains("LPS_Nom", "missing");
  }

  @Test
  void aMissingProfessionIsRefused() {
    vihf.omitted.add(Vihf.ROLE);

    assertThat(TestVihf.refusal(vihf.signed()).attribute()).isEqualTo(Vihf.ROLE);
  }

  @Test
  void aMissingOrganisationIsRefused() {
    vihf.omitted.add(Vihf.ORGANISATION);

    assertThat(TestVihf.refusal(vihf.signed()).attribute()).isEqualTo(Vihf.ORGANISATION);
  }

  @Test
  void anUnknownPurposeOfUseIsRefused() {
    vihf.purpose = "urgence";

    InvalidAssertionException refusal = TestVihf.refusal(vihf.signed());

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.ATTRIBUTE);
    assertThat(refusal.attribute()).isEqualTo(Vihf.PURPOSE_OF_USE);
    assertThat(refusal.english()).contains("urgence");
  }

  @Test
  void aMissingPurposeOfUseIsRefused() {
    vihf.omitted.add(Vihf.PURPOSE_OF_USE);

    assertThat(TestVihf.refusal(vihf.signed()).attribute()).isEqualTo(Vihf.PURPOSE_OF_USE);
  }

  @Test
  void aSubjectThatIsNoRppsIsRefused() {
    vihf.nameId = "10B0011797/00B1022322";

    InvalidAssertionException refusal = TestVihf.refusal(vihf.signed());

    assertThat(refusal.code()).isEqualTo(InvalidAssertionException.ATTRIBUTE);
    assertThat(refusal.attribute()).isEqualTo("Subject/NameID");
  }
}

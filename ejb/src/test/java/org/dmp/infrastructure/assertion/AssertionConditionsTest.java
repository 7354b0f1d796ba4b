package org.dmp.infrastructure.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmp.infrastructure.assertion.TestVihf.NOW;

import java.time.Duration;
import org.dmp.domain.actor.AccessMode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The envelope of the assertion: validity window, audience, issuer. */
class AssertionConditionsTest {

  private final TestVihf vihf = new TestVihf();

  @Test
  void anExpiredAssertionIsRefused() {
    vihf.notBefore = NOW.minus(Duration.ofHours(1));
    vihf.issued = vihf.notBefore;
    vihf.notOnOrAfter = NOW.minusSeconds(61);

    assertThat(TestVihf.refusal(vihf.signed()).code()).isEqualTo(InvalidAssertionException.EXPIRED);
  }

  @Test
  void anAssertionJustExpiredIsAcceptedWithinTheClockSkew() {
    vihf.notOnOrAfter = NOW.minusSeconds(30);

    assertThat(TestVihf.verify(vihf.signed()).rpps().value()).isEqualTo(TestVihf.RPPS);
  }

  @Test
  void anAssertionNotYetValidIsRefused() {
    vihf.notBefore = NOW.plus(Duration.ofMinutes(5));
    vihf.notOnOrAfter = NOW.plus(Duration.ofMinutes(15));

    assertThat(TestVihf.refusal(vihf.signed()).code())
        .isEqualTo(InvalidAssertionException.NOT_YET_VALID);
  }

  @Test
  void anAssertionValidForMoreThanADayIsRefused() {
    vihf.notOnOrAfter = NOW.plus(Duration.ofDays(2));

    assertThat(TestVihf.refusal(vihf.signed()).code())
        .isEqualTo(InvalidAssertionException.LIFETIME);
  }

  @Test
  void anAssertionForAnotherAudienceIsRefused() {
    vihf.audience = "urn:another-server";

    assertThat(TestVihf.refusal(vihf.signed()).code())
        .isEqualTo(InvalidAssertionException.AUDIENCE);
  }

  @Test
  void anAssertionWithoutAudienceIsRefusedUnlessConfiguredOtherwise() {
    vihf.audience = null;
    Element assertion = vihf.signed();
    AssertionVerifier lenient =
        new AssertionVerifier(
            new AssertionVerifier.Settings(
                "urn:dmp", false, Duration.ofSeconds(60), Duration.ofHours(24)));

    assertThat(TestVihf.refusal(assertion).code()).isEqualTo(InvalidAssertionException.AUDIENCE);
    assertThat(lenient.verify(assertion, TestPki.ORGANISATION.certificate(), NOW).mode())
        .isEqualTo(AccessMode.NORMAL);
  }

  @Test
  void anIssuerOtherThanTheCertificateSubjectIsRefused() {
    vihf.issuer = "CN=AUTRE CABINET,O=AUTRE,C=FR";

    assertThat(TestVihf.refusal(vihf.signed()).code()).isEqualTo(InvalidAssertionException.ISSUER);
  }

  @Test
  void theIssuerMayListTheDnInEitherOrderAndWriteStateAsS() {
    vihf.issuer = "C=FR, S=Paris (75), O=CABINET DU TEST, OU=1123456789, CN=DMP SIGN TEST";

    assertThat(TestVihf.verify(vihf.signed()).rpps().value()).isEqualTo(TestVihf.RPPS);
  }
}

package org.dmp.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void theRightCodeIsAcceptedOnceOnly() {
    OneTimeCode.Issued issued = OneTimeCode.issue(CodePurpose.LOGIN, "P0123456789", NOW);

    assertThat(issued.clear()).matches("[0-9]{6}");
    assertThat(issued.code().check(" " + issued.clear() + " ", NOW)).isEqualTo(CodeCheck.ACCEPTED);
    assertThat(issued.code().check(issued.clear(), NOW)).isEqualTo(CodeCheck.NONE);
  }

  @Test
  void aCodeExpiresAfterItsPurposesValidity() {
    OneTimeCode.Issued issued = OneTimeCode.issue(CodePurpose.LOGIN, "P0123456789", NOW);

    Instant late = NOW.plus(CodePurpose.LOGIN.validity());
    assertThat(issued.code().check(issued.clear(), late)).isEqualTo(CodeCheck.EXPIRED);
    assertThat(CodePurpose.OPENING.validity()).isGreaterThan(CodePurpose.LOGIN.validity());
  }

  @Test
  void threeWrongAttemptsSpendTheCodeEvenForTheRightOneAfterwards() {
    OneTimeCode.Issued issued = OneTimeCode.issue(CodePurpose.OPENING, "1850575123456", NOW);
    String wrong = issued.clear().equals("000000") ? "111111" : "000000";

    assertThat(issued.code().check(wrong, NOW)).isEqualTo(CodeCheck.WRONG);
    assertThat(issued.code().check(wrong, NOW)).isEqualTo(CodeCheck.WRONG);
    assertThat(issued.code().attemptsLeft()).isEqualTo(1);
    assertThat(issued.code().check(wrong, NOW)).isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);
    assertThat(issued.code().check(issued.clear(), NOW)).isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);
  }

  @Test
  void aWithdrawnCodeNoLongerWorks() {
    OneTimeCode.Issued issued = OneTimeCode.issue(CodePurpose.LOGIN, "P0123456789", NOW);
    issued.code().withdraw(NOW);

    assertThat(issued.code().check(issued.clear(), NOW)).isEqualTo(CodeCheck.NONE);
  }

  @Test
  void theCodeIsNeverInItsTextForm() {
    OneTimeCode.Issued issued = OneTimeCode.issue(CodePurpose.LOGIN, "P0123456789", NOW);

    assertThat(issued.toString()).doesNotContain(issued.clear()).contains("hidden");
  }
}

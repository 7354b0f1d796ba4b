package org.dmp.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodeOpeningTest {

  private static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");

  private final OneTimeCode.Issued issued =
      OneTimeCode.issue(CodePurpose.OPENING, "261057511300213", NOW);
  private final String wrong = issued.clear().equals("000000") ? "111111" : "000000";

  @Test
  void anOpeningCodeExpiresAfterFifteenMinutes() {
    OneTimeCode code = issued.code();
    assertThat(code.verify(issued.clear(), NOW.plus(Duration.ofMinutes(14))))
        .isEqualTo(CodeCheck.ACCEPTED);
    assertThat(code.verify(issued.clear(), NOW.plus(Duration.ofMinutes(15))))
        .isEqualTo(CodeCheck.EXPIRED);
    assertThat(code.check(issued.clear(), NOW.plus(Duration.ofMinutes(15))))
        .isEqualTo(CodeCheck.EXPIRED);
  }

  @Test
  void verifyingTheRightCodeLeavesItUsableAndSpendsNoAttempt() {
    OneTimeCode code = issued.code();
    assertThat(code.verify(wrong, NOW)).isEqualTo(CodeCheck.WRONG);
    assertThat(code.verify(wrong, NOW)).isEqualTo(CodeCheck.WRONG);
    assertThat(code.verify(issued.clear(), NOW)).isEqualTo(CodeCheck.ACCEPTED);
    assertThat(code.attemptsLeft()).isEqualTo(1);

    assertThat(code.check(issued.clear(), NOW)).isEqualTo(CodeCheck.ACCEPTED);
    assertThat(code.check(issued.clear(), NOW)).as("used once").isEqualTo(CodeCheck.NONE);
  }

  @Test
  void threeWrongCodesSpendTheCode() {
    OneTimeCode code = issued.code();
    code.verify(wrong, NOW);
    code.verify(wrong, NOW);
    assertThat(code.verify(wrong, NOW)).isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);
    assertThat(code.verify(issued.clear(), NOW)).isEqualTo(CodeCheck.TOO_MANY_ATTEMPTS);
  }
}

package org.dmp.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.dmp.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Lockout after wrong passwords, password changes and the rules of a chosen password. */
class LoginRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private final Account account =
      Account.patient("P0123456789", "185057512345678", PasswordHash.of("Secret-initial-9"));

  @Test
  void theFifthWrongPasswordInARowLocksForAQuarterOfAnHour() {
    for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
      account.recordFailedLogin(NOW);
    }
    assertThat(account.isLocked(NOW)).isFalse();

    account.recordFailedLogin(NOW);

    assertThat(account.isLocked(NOW)).isTrue();
    assertThat(account.lockedUntil()).contains(NOW.plus(Account.LOCK_DURATION));
    assertThat(account.isLocked(NOW.plus(Account.LOCK_DURATION))).isFalse();
  }

  @Test
  void aSuccessfulLoginStartsTheCountAgain() {
    for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
      account.recordFailedLogin(NOW);
    }
    account.recordSuccessfulLogin();
    account.recordFailedLogin(NOW);

    assertThat(account.isLocked(NOW)).isFalse();
  }

  @Test
  void aNewPasswordReplacesTheLettersSecretAndIsVerifiedAsTheRealmDoes() {
    assertThat(account.mustChangePassword()).isTrue();
    assertThat(account.hasPassword("Secret-initial-9")).isTrue();

    account.changePassword(PasswordHash.of("une phrase de 2026"));

    assertThat(account.mustChangePassword()).isFalse();
    assertThat(account.hasPassword("une phrase de 2026")).isTrue();
    assertThat(account.hasPassword("Secret-initial-9")).isFalse();
  }

  @Test
  void renewedCredentialsUnlockAndMustBeReplacedAgain() {
    for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
      account.recordFailedLogin(NOW);
    }
    account.changePassword(PasswordHash.of("une phrase de 2026"));

    account.renewInitialSecret(PasswordHash.of("Nouveau-secret-7"));

    assertThat(account.isLocked(NOW)).isFalse();
    assertThat(account.mustChangePassword()).isTrue();
    assertThat(account.hasPassword("Nouveau-secret-7")).isTrue();
  }

  @Test
  void aChosenPasswordIsLongWithALetterAndADigitAndNotTheLogin() {
    assertThat(code(() -> new NewPassword("court1"))).isEqualTo("PASSWORD_TOO_SHORT");
    assertThat(code(() -> new NewPassword("x1".repeat(65)))).isEqualTo("PASSWORD_TOO_LONG");
    assertThat(code(() -> new NewPassword("une phrase sans chiffre")))
        .isEqualTo("PASSWORD_TOO_SIMPLE");
    assertThat(code(() -> new NewPassword("123456789012345"))).isEqualTo("PASSWORD_TOO_SIMPLE");
    assertThat(code(() -> new NewPassword("moi P0123456789 !").notContaining("p0123456789")))
        .isEqualTo("PASSWORD_CONTAINS_LOGIN");
    assertThat(new NewPassword("une phrase de 2026").value()).isEqualTo("une phrase de 2026");
    assertThat(new NewPassword("une phrase de 2026").toString()).doesNotContain("phrase");
  }

  private static String code(Runnable r) {
    return catchThrowableOfType(InvalidValueException.class, r::run).code();
  }
}

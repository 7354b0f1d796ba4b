package org.dmp.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A code sent to a person, kept as a SHA-256 digest of the code and its own id (so that equal codes
 * do not give equal digests). Six digits: easy to read from a phone; the attempt limit, not the
 * length, is what makes guessing hopeless (3 tries in a million).
 */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {

  /** Attempts allowed per code; then a new code must be asked for. */
  public static final int MAX_ATTEMPTS = 3;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CodePurpose purpose;

  /** Whose code: an account's login, or the NIR of an online opening. */
  @Column(nullable = false, length = 200)
  private String subject;

  @Column(name = "code_digest", nullable = false, length = 64)
  private String codeDigest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeCode() {}

  /** A code just drawn, and the code itself: to be sent, never stored. */
  public record Issued(OneTimeCode code, String clear) {
    @Override
    public String toString() {
      return "Issued[" + code.id + ", code hidden]";
    }
  }

  public static Issued issue(CodePurpose purpose, String subject, Instant now) {
    OneTimeCode c = new OneTimeCode();
    c.id = UUID.randomUUID();
    c.purpose = purpose;
    c.subject = subject;
    c.createdAt = now;
    c.expiresAt = now.plus(purpose.validity());
    String clear = String.format("%06d", RANDOM.nextInt(1_000_000));
    c.codeDigest = c.digest(clear);
    return new Issued(c, clear);
  }

  /** Checks a typed code; an accepted code is used up, a wrong one spends an attempt. */
  public CodeCheck check(String typed, Instant now) {
    if (usedAt != null) {
      return CodeCheck.NONE;
    }
    if (!now.isBefore(expiresAt)) {
      return CodeCheck.EXPIRED;
    }
    if (attempts >= MAX_ATTEMPTS) {
      return CodeCheck.TOO_MANY_ATTEMPTS;
    }
    attempts++;
    String cleaned = typed == null ? "" : typed.replaceAll("\\s", "");
    if (MessageDigest.isEqual(
        digest(cleaned).getBytes(StandardCharsets.US_ASCII),
        codeDigest.getBytes(StandardCharsets.US_ASCII))) {
      usedAt = now;
      return CodeCheck.ACCEPTED;
    }
    return attempts >= MAX_ATTEMPTS ? CodeCheck.TOO_MANY_ATTEMPTS : CodeCheck.WRONG;
  }

  /**
   * Checks a typed code without using it up, for a step that comes before the act the code allows
   * (an online opening checks the code, then the patient chooses a password, then {@link #check}
   * uses it): a wrong code spends an attempt, the right one spends nothing.
   */
  public CodeCheck verify(String typed, Instant now) {
    if (usedAt != null) {
      return CodeCheck.NONE;
    }
    if (!now.isBefore(expiresAt)) {
      return CodeCheck.EXPIRED;
    }
    if (attempts >= MAX_ATTEMPTS) {
      return CodeCheck.TOO_MANY_ATTEMPTS;
    }
    String cleaned = typed == null ? "" : typed.replaceAll("\\s", "");
    if (MessageDigest.isEqual(
        digest(cleaned).getBytes(StandardCharsets.US_ASCII),
        codeDigest.getBytes(StandardCharsets.US_ASCII))) {
      return CodeCheck.ACCEPTED;
    }
    attempts++;
    return attempts >= MAX_ATTEMPTS ? CodeCheck.TOO_MANY_ATTEMPTS : CodeCheck.WRONG;
  }

  /** Makes the code useless: a newer one was sent. */
  public void withdraw(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public int attemptsLeft() {
    return Math.max(0, MAX_ATTEMPTS - attempts);
  }

  public CodePurpose purpose() {
    return purpose;
  }

  public String subject() {
    return subject;
  }

  public Instant createdAt() {
    return createdAt;
  }

  private String digest(String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(id.toString().getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}

package org.dmp.it.support;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.dmp.it.support.DatabaseState.Sql;

/**
 * Accounts of the security realm, created the way an operator's tooling would: a row in {@code
 * account} with a SCRAM-SHA-256 digest (PBKDF2-HMAC-SHA-256, random salt, iteration count) computed
 * here, independently of the server, and the roles in {@code account_role}. That the server then
 * authenticates them proves the stored format is the one its realm verifies.
 */
public final class TestAccounts {

  /** Every test account's password. */
  public static final String PASSWORD = "Mot-de-passe-d'essai-42";

  /** Few iterations: tests log in often; the realm reads the count from each row. */
  private static final int ROUNDS = 4096;

  private static final SecureRandom RANDOM = new SecureRandom();

  private TestAccounts() {}

  /** Creates the account if absent: its kind, the actor id it acts under, its roles. */
  public static void ensure(
      DataSource dataSource, String login, String kind, String actorId, String... roles) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Sql.update(
        dataSource,
        "insert into account (login, kind, actor_id, password_hash, password_salt, password_rounds)"
            + " values (?, ?, ?, ?, ?, ?) on conflict (login) do nothing",
        login,
        kind,
        actorId,
        Base64.getEncoder().encodeToString(scramDigest(PASSWORD, salt, ROUNDS)),
        Base64.getEncoder().encodeToString(salt),
        ROUNDS);
    for (String role : roles) {
      Sql.update(
          dataSource,
          "insert into account_role (login, role) values (?, ?) on conflict do nothing",
          login,
          role);
    }
  }

  /** SCRAM's SaltedPassword, Hi(password, salt, i) of RFC 5802: PBKDF2 with HMAC-SHA-256. */
  static byte[] scramDigest(String password, byte[] salt, int rounds) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, 256))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

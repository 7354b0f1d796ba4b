package org.dmp.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void isPbkdf2WithHmacSha256AsTheRealmChecksIt() throws Exception {
    byte[] salt = Base64.getDecoder().decode("c2VsLWRlLXRlc3QtMTIzNA==");

    byte[] ours = PasswordHash.hi("Mot-de-passe-42", salt, 4096);
    byte[] jdk =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec("Mot-de-passe-42".toCharArray(), salt, 4096, 256))
            .getEncoded();

    assertThat(ours).isEqualTo(jdk);
  }

  @Test
  void passwordsAreNormalisedAsTyped() {
    byte[] salt = new byte[16];
    // "é" typed as one character or as e + combining accent is the same password
    assertThat(PasswordHash.hi("caf\u00e9", salt, 4096))
        .isEqualTo(PasswordHash.hi("cafe\u0301", salt, 4096));
  }

  @Test
  void newHashesHaveARandomSaltAndTheProductionCost() {
    PasswordHash a = PasswordHash.of("même mot de passe");
    PasswordHash b = PasswordHash.of("même mot de passe");

    assertThat(a.salt()).isNotEqualTo(b.salt());
    assertThat(a.hash()).isNotEqualTo(b.hash());
    assertThat(a.rounds()).isEqualTo(310_000);
  }
}

package org.dmp.infrastructure.contentstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.crypto.AEADBadTagException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AesGcmTest {

  private static final byte[] AAD = "record-1:content-1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PLAIN = "compte rendu".getBytes(StandardCharsets.UTF_8);

  private static SecretKey key() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    return generator.generateKey();
  }

  @Test
  void roundTripsAndNeverRepeatsACiphertext() throws Exception {
    SecretKey key = key();
    byte[] once = AesGcm.encrypt(key, PLAIN, AAD);
    byte[] twice = AesGcm.encrypt(key, PLAIN, AAD);

    assertThat(AesGcm.decrypt(key, once, AAD)).isEqualTo(PLAIN);
    assertThat(once).isNotEqualTo(twice);
  }

  @Test
  void anyAlteredByteOrOtherBindingOrKeyIsRefused() throws Exception {
    SecretKey key = key();
    byte[] sealed = AesGcm.encrypt(key, PLAIN, AAD);
    byte[] altered = sealed.clone();
    altered[sealed.length - 1] ^= 1;

    assertThatThrownBy(() -> AesGcm.decrypt(key, altered, AAD))
        .isInstanceOf(AEADBadTagException.class);
    assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, "elsewhere".getBytes()))
        .isInstanceOf(AEADBadTagException.class);
    assertThatThrownBy(() -> AesGcm.decrypt(key(), sealed, AAD))
        .isInstanceOf(AEADBadTagException.class);
    assertThatThrownBy(() -> AesGcm.decrypt(key, new byte[5], AAD))
        .isInstanceOf(AEADBadTagException.class);
  }
}

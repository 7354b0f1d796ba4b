package org.dmp.infrastructure.assertion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Keys and self-signed certificates for the tests, made once per test run by the JDK's own {@code
 * keytool} (the JDK has no public API to issue a certificate; keytool is always beside java).
 */
public final class TestPki {

  /** A key and its certificate: an organisation, or an impostor. */
  public record Identity(PrivateKey key, X509Certificate certificate) {}

  static final String ORGANISATION_DN =
      "CN=DMP SIGN TEST,OU=1123456789,O=CABINET DU TEST,ST=Paris (75),C=FR";

  public static final Identity ORGANISATION = generate("organisation", "RSA", ORGANISATION_DN);
  public static final Identity OTHER = generate("other", "RSA", "CN=AUTRE CABINET,O=AUTRE,C=FR");
  static final Identity EC = generate("ec", "EC", "CN=CABINET EC,O=CABINET EC,C=FR");

  private TestPki() {}

  private static Identity generate(String alias, String algorithm, String dn) {
    try {
      Path dir = Files.createTempDirectory("dmp-test-pki");
      Path store = dir.resolve(alias + ".p12");
      char[] password = "test-password".toCharArray();
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
              "-genkeypair",
              "-noprompt",
              "-alias",
              alias,
              "-keyalg",
              algorithm,
              algorithm.equals("EC") ? "-groupname" : "-keysize",
              algorithm.equals("EC") ? "secp256r1" : "2048",
              "-sigalg",
              algorithm.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA",
              "-dname",
              dn,
              "-validity",
              "3650",
              "-storetype",
              "PKCS12",
              "-keystore",
              store.toString(),
              "-storepass",
              new String(password));
      Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(keytool.getInputStream().readAllBytes());
      if (keytool.waitFor() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, password);
      }
      Files.delete(store);
      Files.delete(dir);
      return new Identity(
          (PrivateKey) keys.getKey(alias, password), (X509Certificate) keys.getCertificate(alias));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot make a test key pair", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

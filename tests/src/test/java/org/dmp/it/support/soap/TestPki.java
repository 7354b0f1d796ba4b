package org.dmp.it.support.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The tests' PKI, made by the build ({@code ./dmp pki-for-tests}, tests/pom.xml) in the directory
 * of the system property {@code dmp.test.pki}: the test CA the test server trusts for organisations
 * and whose server certificate it presents, and organisation certificates (PKCS12, key and chain),
 * every file with the password {@code dmp.test.pki.password}.
 */
public final class TestPki {

  /** The standing practice software of the tests (Fixtures.SOFTWARE): FINESS 750000001. */
  public static final String SOFTWARE = "it-software";

  /** An institution's system calling the REST API (Fixtures.HOSPITAL, role INSTITUTION). */
  public static final String HOSPITAL = "it-hospital";

  /** The insurer's feeding system (Fixtures.FEED, role FEED_SYSTEM). */
  public static final String FEED = "it-feed";

  /** An auditor of the trail (role AUDITOR). */
  public static final String AUDITOR = "it-auditor";

  /** A certificate of the trusted CA whose CN names no account. */
  public static final String NO_ACCOUNT = "it-no-account";

  /** A certificate of the trusted CA for an account the tests disable. */
  public static final String DISABLED = "it-disabled";

  /** {@link #SOFTWARE}'s certificate, expired yesterday (organisations/it-software-expired.p12). */
  public static final String SOFTWARE_EXPIRED = "it-software-expired";

  private TestPki() {}

  /** The directory of the tests' PKI. */
  public static Path dir() {
    String dir = System.getProperty("dmp.test.pki");
    if (dir == null) {
      throw new IllegalStateException("system property dmp.test.pki is not set (tests/pom.xml)");
    }
    return Path.of(dir);
  }

  /** The test CA's certificate (PEM): what clients trust for the server's certificate. */
  public static Path caCertificate() {
    return dir().resolve("ca.pem");
  }

  /** An organisation's certificate and key issued by the test CA: organisations/NAME.p12. */
  public static Organisation organisation(String name) {
    return new Organisation(dir().resolve("organisations").resolve(name + ".p12"));
  }

  /** A certificate with the same subject as {@code name}'s, from a CA the server does not trust. */
  public static Organisation untrusted(String name) {
    return new Organisation(dir().resolve("untrusted").resolve(name + ".p12"));
  }

  /** Every file of the tests' PKI has this password. */
  public static char[] password() {
    return System.getProperty("dmp.test.pki.password", "dmp-test-pki").toCharArray();
  }

  /** A PKCS12 file with one key entry (an organisation's key and certificate chain). */
  public record Organisation(Path keyStore) {

    public KeyStore load() {
      return TestPki.load(keyStore, password());
    }

    /** Key managers that present this certificate when the server asks for one of its CAs. */
    public KeyManager[] keyManagers() {
      return TestPki.keyManagers(load(), password());
    }

    /**
     * Key managers that present this certificate whatever CAs the server names: how a client that
     * insists on a certificate the server does not trust behaves (curl does so).
     */
    public KeyManager[] keyManagersPresentingAlways() {
      KeyStore store = load();
      X509ExtendedKeyManager manager = (X509ExtendedKeyManager) keyManagers()[0];
      String alias = onlyAlias(store);
      return new KeyManager[] {new AlwaysPresenting(manager, alias)};
    }

    /** A TLS context as this organisation, trusting the test CA for the server. */
    public SSLContext sslContext() {
      return TestPki.sslContext(keyManagers());
    }
  }

  /** A TLS context without a client certificate, trusting the test CA for the server. */
  public static SSLContext sslContextWithoutCertificate() {
    return sslContext(null);
  }

  /** A TLS context with these key managers, trusting the test CA for the server. */
  public static SSLContext sslContext(KeyManager[] keyManagers) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, trustManagers(caCertificate()), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trust managers that trust the CA certificates of a PEM file, nothing else. */
  public static TrustManager[] trustManagers(Path caPem) {
    try (InputStream in = Files.newInputStream(caPem)) {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      int i = 0;
      for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trusted.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
      factory.init(trusted);
      return factory.getTrustManagers();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the CA certificates of " + caPem, e);
    }
  }

  /**
   * Key managers over a key store whose keys have its password. SunX509: it presents a key whose
   * chain leads to one of the CAs the server names, and does not filter out expired certificates
   * (the server must refuse those itself).
   */
  public static KeyManager[] keyManagers(KeyStore store, char[] password) {
    try {
      KeyManagerFactory factory = KeyManagerFactory.getInstance("SunX509");
      factory.init(store, password);
      return factory.getKeyManagers();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PKCS12 key store. */
  public static KeyStore load(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static String onlyAlias(KeyStore store) {
    try {
      for (var aliases = store.aliases(); aliases.hasMoreElements(); ) {
        String alias = aliases.nextElement();
        if (store.isKeyEntry(alias)) {
          return alias;
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no key entry");
  }

  /** A key manager that offers its one key to any server, whatever issuers the server names. */
  private static final class AlwaysPresenting extends X509ExtendedKeyManager {
    private final X509ExtendedKeyManager delegate;
    private final String alias;

    AlwaysPresenting(X509ExtendedKeyManager delegate, String alias) {
      this.delegate = delegate;
      this.alias = alias;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return alias;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
      return alias;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return new String[] {alias};
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return delegate.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return delegate.getPrivateKey(alias);
    }
  }
}

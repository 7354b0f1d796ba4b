package org.dmp.infrastructure.contentstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import org.dmp.domain.content.ContentLimit;

/**
 * The content store's settings, from the system properties that {@code
 * config/cli/content-store.cli} defines (and the environment variables they default to).
 */
@ApplicationScoped
public class ContentStoreSettings {

  static final String KEYSTORE_PATH = "dmp.keystore.path";
  static final String KEYSTORE_PASSWORD = "dmp.keystore.password";
  static final String KEYSTORE_ALIAS = "dmp.keystore.alias";
  static final String MAX_BYTES = "dmp.content.max-bytes";

  /** 20 MiB: a large scanned report; imaging series are not stored in the DMP. */
  static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  Path keystorePath() {
    String path = System.getProperty(KEYSTORE_PATH, "");
    return path.isBlank() ? null : Path.of(path);
  }

  char[] keystorePassword() {
    return System.getProperty(KEYSTORE_PASSWORD, "").toCharArray();
  }

  String currentAlias() {
    return System.getProperty(KEYSTORE_ALIAS, "dmp-master-1");
  }

  @Produces
  ContentLimit contentLimit() {
    String configured = System.getProperty(MAX_BYTES, "");
    return new ContentLimit(
        configured.isBlank() ? DEFAULT_MAX_BYTES : Long.parseLong(configured.strip()));
  }
}

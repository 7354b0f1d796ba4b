package org.dmp.application.feed;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The largest file accepted: the server's request limit ({@code dmp.http.max-post-size} or {@code
 * DMP_HTTP_MAX_POST_SIZE}, 64 MiB by default), enforced again while the file is read: a 5 MiB
 * upload over HTTPS (the JDK client, which negotiates HTTP/2) reached this service cut at the test
 * server's 4 MiB listener limit, as if it ended there, instead of being refused.
 */
@ApplicationScoped
public class UploadLimit {

  static final long DEFAULT = 67_108_864L;

  public long bytes() {
    String configured = System.getProperty("dmp.http.max-post-size");
    if (configured == null) {
      configured = System.getenv("DMP_HTTP_MAX_POST_SIZE");
    }
    try {
      return configured == null ? DEFAULT : Long.parseLong(configured.strip());
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }
}

package org.dmp.application.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.dmp.domain.feed.FeedRejectedException;

/**
 * An upload that refuses itself (FEED_TOO_LARGE) once it reaches its limit. Reaching it is enough:
 * the HTTP listener may end an oversized HTTP/2 body at exactly its limit, silently (seen in
 * FeedsRestIT), and a file cut there must not be taken for a complete one.
 */
final class LimitedInput extends FilterInputStream {

  private final long limit;
  private long read;

  LimitedInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > limit) {
      throw FeedRejectedException.tooLarge(
          "plus de " + limit + " octets / more than " + limit + " bytes");
    }
  }
}

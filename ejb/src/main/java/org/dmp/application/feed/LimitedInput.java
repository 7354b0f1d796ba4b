package org.dmp.application.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.dmp.domain.feed.FeedRejectedException;

/**
 * An upload that refuses itself once it passes its limit (FEED_TOO_LARGE), or when it ends before
 * the length its request declared (FEED_UNREADABLE): the HTTP listener ended an oversized HTTP/2
 * body silently a little under its limit (seen in FeedsRestIT), and a file cut there must not be
 * taken for a complete one.
 */
final class LimitedInput extends FilterInputStream {

  private final long limit;
  private final Long declared;
  private long read;

  /**
   * @param declared the length the request announced (Content-Length), or {@code null} if none
   */
  LimitedInput(InputStream in, long limit, Long declared) {
    super(in);
    this.limit = limit;
    this.declared = declared;
    if (declared != null && declared > limit) {
      throw FeedRejectedException.tooLarge(
          "plus de " + limit + " octets / more than " + limit + " bytes");
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    } else {
      ended();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    } else if (n < 0) {
      ended();
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

  /** A body shorter than its request announced was cut on the way: not the whole file. */
  private void ended() {
    if (declared != null && read != declared) {
      throw FeedRejectedException.unreadable(
          "le corps de la requête s'arrête à " + read + " octets au lieu des " + declared,
          "the request body ends at " + read + " bytes instead of the " + declared + " announced");
    }
  }
}

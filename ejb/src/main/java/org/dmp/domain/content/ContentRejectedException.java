package org.dmp.domain.content;

import org.dmp.domain.shared.DmpException;

/** The content offered is empty or larger than the record accepts. */
public class ContentRejectedException extends DmpException {

  private ContentRejectedException(String code, String french, String english) {
    super(code, french, english);
  }

  static ContentRejectedException empty() {
    return new ContentRejectedException(
        "CONTENT_EMPTY", "Le document est vide", "The document is empty");
  }

  static ContentRejectedException tooLarge(long size, long max) {
    return new ContentRejectedException(
        "CONTENT_TOO_LARGE",
        "Le document fait " + size + " octets, au-delà de la limite de " + max + " octets",
        "The document is " + size + " bytes, over the limit of " + max + " bytes");
  }
}

package org.dmp.domain.content;

/** The size a document's content must have to be accepted: not empty, not over the maximum. */
public record ContentLimit(long maxBytes) {

  public ContentLimit {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("The content size limit must be positive: " + maxBytes);
    }
  }

  public void check(DocumentContent content) {
    if (content.size() == 0) {
      throw ContentRejectedException.empty();
    }
    if (content.size() > maxBytes) {
      throw ContentRejectedException.tooLarge(content.size(), maxBytes);
    }
  }
}

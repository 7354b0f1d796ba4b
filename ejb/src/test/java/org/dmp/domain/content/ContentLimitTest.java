package org.dmp.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmp.domain.shared.DmpException;
import org.junit.jupiter.api.Test;

class ContentLimitTest {

  private final ContentLimit limit = new ContentLimit(10);

  @Test
  void contentUpToTheLimitIsAccepted() {
    limit.check(DocumentContent.of(new byte[10]));
  }

  @Test
  void emptyAndOversizedContentAreRefusedWithTheirOwnCode() {
    assertThatThrownBy(() -> limit.check(DocumentContent.of(new byte[0])))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("CONTENT_EMPTY");
    assertThatThrownBy(() -> limit.check(DocumentContent.of(new byte[11])))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("CONTENT_TOO_LARGE");
  }

  @Test
  void hashesAreThoseXdsAndTheStoreExpect() {
    DocumentContent abc = DocumentContent.of("abc".getBytes());

    assertThat(abc.sha1()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    assertThat(abc.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(abc.size()).isEqualTo(3);
  }
}

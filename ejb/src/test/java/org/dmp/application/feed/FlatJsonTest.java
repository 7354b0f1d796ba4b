package org.dmp.application.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

  @Test
  void readsTheSimpleFormAndIgnoresOtherFields() {
    String[] v = new String[6];
    assertThat(
            FlatJson.read(
                " { \"ins\" : \"184127645108946\", \"date\":\"2026-01-02\", \"x\":\"y\","
                    + "\"code\":\"NGAP:G\",\"prescriber\":null,\"provider\":\"750000001\","
                    + "\"amount\":12.5 } ",
                v))
        .isTrue();
    assertThat(v)
        .containsExactly("184127645108946", "2026-01-02", "NGAP:G", null, "750000001", "12.5");
  }

  /** Each of these goes to the JSON-P parser, which decides (and explains) what it is. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "pas du JSON",
        "{\"ins\":\"18\\u0034\"}",
        "{\"ins\":12}",
        "{\"ins\":\"1\",}",
        "{\"ins\":\"1\"} x",
        "{\"ins\":true}",
        "{\"ins\":{\"a\":1}}",
        "{\"amount\":01}",
        "{\"amount\":1.}",
        "{\"ins\":\"1\"",
        "[1]"
      })
  void leavesEverythingElseToTheParser(String line) {
    assertThat(FlatJson.read(line, new String[6])).isFalse();
  }
}

package org.dmp.interfaces.ws.xds.ebxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.dmp.domain.shared.DmpException;
import org.junit.jupiter.api.Test;

/** How the application's refusals read as XDS errors. */
class ResponsesTest {

  private static DmpException refusal(String code) {
    return new DmpException(code, "refusé", "refused") {};
  }

  @Test
  void anOrganisationActingForSomeoneItMayNotIsAnAccessDenialNamingIt() {
    XdsError error = Responses.errorOf(refusal("CALLER_MISMATCH"), "urn:uuid:x");

    assertThat(error.code()).isEqualTo(XdsError.ACCESS_DENIED);
    assertThat(error.location()).isEqualTo("CALLER_MISMATCH");
    assertThat(error.message()).isEqualTo("refusé / refused");
  }

  @Test
  void aRefusalWithAnXdsMeaningGetsItsCodeAndKeepsItsOwnInTheMessage() {
    XdsError error = Responses.errorOf(refusal("ENTRY_NOT_CURRENT"), "urn:uuid:x");

    assertThat(error.code()).isEqualTo(XdsError.METADATA_VERSION);
    assertThat(error.location()).isEqualTo("urn:uuid:x");
    assertThat(error.message()).startsWith("ENTRY_NOT_CURRENT: ");
  }
}

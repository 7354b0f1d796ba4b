package org.dmp.interfaces.ws.xds.ebxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.interfaces.ws.contract.query.AdhocQueryRequest;
import org.dmp.interfaces.ws.contract.query.ResponseOptionType;
import org.dmp.interfaces.ws.contract.rim.AdhocQueryType;
import org.junit.jupiter.api.Test;

class StoredQueryTest {

  private static AdhocQueryRequest request(String... slots) {
    AdhocQueryRequest r = new AdhocQueryRequest();
    AdhocQueryType q = new AdhocQueryType();
    q.setId(Vocabulary.FIND_DOCUMENTS);
    for (int i = 0; i < slots.length; i += 2) {
      q.getSlot().add(Rim.newSlot(slots[i], List.of(slots[i + 1])));
    }
    r.setAdhocQuery(q);
    ResponseOptionType option = new ResponseOptionType();
    option.setReturnType("LeafClass");
    r.setResponseOption(option);
    return r;
  }

  @Test
  void quotedValuesAndListsAreReadAsValues() {
    assertThat(StoredQuery.unquote("'a'")).containsExactly("a");
    assertThat(StoredQuery.unquote("('a', 'b')")).containsExactly("a", "b");
    assertThat(StoredQuery.unquote("('10^^1.2.250.1.213.1.1.4.1','11^^1.2.250.1.213.1.1.4.1')"))
        .containsExactly("10^^1.2.250.1.213.1.1.4.1", "11^^1.2.250.1.213.1.1.4.1");
    assertThat(StoredQuery.unquote("20261123")).containsExactly("20261123");
    assertThat(StoredQuery.unquote("'O''Neil'")).containsExactly("O'Neil");
  }

  @Test
  void parametersOfAFindDocumentsQuery() {
    StoredQuery q =
        StoredQuery.of(
            request(
                "$XDSDocumentEntryPatientId", "'184127645108946^^^&1.2.250.1.213.1.4.8&ISO^NH'",
                "$XDSDocumentEntryStatus",
                    "('urn:oasis:names:tc:ebxml-regrep:StatusType:Approved','urn:asip:ci-sis:2010:StatusType:Archived')",
                "$XDSDocumentEntryCreationTimeFrom", "20260101"));

    assertThat(q.leafClass()).isTrue();
    assertThat(q.patient("$XDSDocumentEntryPatientId").value()).isEqualTo("184127645108946");
    assertThat(q.statuses("$XDSDocumentEntryStatus"))
        .containsExactlyInAnyOrder(AvailabilityStatus.APPROVED, AvailabilityStatus.ARCHIVED);
    assertThat(
            q.range("$XDSDocumentEntryCreationTimeFrom", "$XDSDocumentEntryCreationTimeTo").from())
        .isNotNull();
  }

  @Test
  void aMissingParameterAndTwoAlternativesAreTheirOwnErrors() {
    StoredQuery q =
        StoredQuery.of(
            request(
                "$XDSDocumentEntryEntryUUID",
                "'urn:uuid:x'",
                "$XDSDocumentEntryUniqueId",
                "'1.2'"));

    XdsException missing =
        catchThrowableOfType(XdsException.class, () -> q.required("$XDSDocumentEntryPatientId"));
    XdsException both =
        catchThrowableOfType(
            XdsException.class,
            () -> q.oneOf("$XDSDocumentEntryEntryUUID", "$XDSDocumentEntryUniqueId"));

    assertThat(missing.errors()).extracting(XdsError::code).containsExactly(XdsError.MISSING_PARAM);
    assertThat(missing.errors().get(0).location()).isEqualTo("$XDSDocumentEntryPatientId");
    assertThat(both.errors()).extracting(XdsError::code).containsExactly(XdsError.PARAM_NUMBER);
  }
}

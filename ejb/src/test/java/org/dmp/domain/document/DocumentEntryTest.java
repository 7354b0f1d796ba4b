package org.dmp.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.dmp.domain.content.ContentRef;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.professional.Profession;
import org.dmp.domain.professional.Rpps;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.junit.jupiter.api.Test;

class DocumentEntryTest {

  private static final DocumentContent CONTENT = DocumentContent.of("abc".getBytes());
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static DocumentMetadata metadata(
      Instant start, Instant stop, Long size, String sha1, ConfidentialityCode... codes) {
    return new DocumentMetadata(
        new DocumentUniqueId("1.2.250.1.999.1.1.42"),
        null,
        ClassCode.REPORT,
        new Code("11490-0", "2.16.840.1.113883.6.1", null),
        new Code("urn:ihe:iti:xds:2017:mimeTypeSufficient", "1.3.6.1.4.1.19376.1.2.3", null),
        "application/pdf",
        "CR",
        Author.professional(new Rpps("10001234565"), "Dr X", Profession.DOCTOR, null, null, null),
        NOW,
        start,
        stop,
        "fr-FR",
        Set.of(codes),
        null,
        null,
        null,
        null,
        size,
        sha1);
  }

  private static DocumentEntry accept(DocumentMetadata m) {
    return DocumentEntry.accept(RecordId.generate(), m, CONTENT, ContentRef.generate(), NOW);
  }

  @Test
  void anAcceptedEntryIsApprovedAtVersionOneWithTheContentsSizeAndHashes() {
    DocumentEntry entry =
        accept(
            metadata(
                null,
                null,
                3L,
                "A9993E364706816ABA3E25717850C26C9CD0D89D",
                ConfidentialityCode.N,
                ConfidentialityCode.MASQUE_PS));

    assertThat(entry.status()).isEqualTo(AvailabilityStatus.APPROVED);
    assertThat(entry.metadataVersion()).isEqualTo(1);
    assertThat(entry.logicalId()).isEqualTo(entry.entryUuid());
    assertThat(entry.size()).isEqualTo(3);
    assertThat(entry.sha256()).isEqualTo(CONTENT.sha256());
    assertThat(entry.confidentiality())
        .containsExactlyInAnyOrder(ConfidentialityCode.N, ConfidentialityCode.MASQUE_PS);
  }

  @Test
  void declarationsThatContradictTheContentAreRefused() {
    assertThatThrownBy(() -> accept(metadata(null, null, 4L, null, ConfidentialityCode.N)))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("SIZE_MISMATCH");
    assertThatThrownBy(() -> accept(metadata(null, null, null, "00", ConfidentialityCode.N)))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("HASH_MISMATCH");
    assertThatThrownBy(
            () -> accept(metadata(NOW, NOW.minusSeconds(1), null, null, ConfidentialityCode.N)))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("SERVICE_TIMES");
  }

  @Test
  void uniqueIdsAreOidsWithAnOptionalExtension() {
    assertThat(new DocumentUniqueId("1.2.250.1.999.1^abc-1").value()).endsWith("^abc-1");
    assertThatThrownBy(() -> new DocumentUniqueId("1.02.3"))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("DOCUMENT_UNIQUE_ID");
    assertThatThrownBy(() -> new DocumentUniqueId("urn:uuid:x"))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("DOCUMENT_UNIQUE_ID");
  }

  @Test
  void entryUuidsReadAsUrnsOrBareUuids() {
    EntryUuid id = EntryUuid.generate();

    assertThat(EntryUuid.parse(id.urn())).isEqualTo(id);
    assertThat(EntryUuid.parse(id.value().toString())).isEqualTo(id);
    assertThatThrownBy(() -> EntryUuid.parse("Document01"))
        .extracting(e -> ((DmpException) e).code())
        .isEqualTo("ENTRY_UUID");
  }
}

package org.dmp.it.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.security.SecureRandom;
import java.util.List;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.DocumentWithContent;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.As;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Feeding a record and reading documents back, and every way a feed is refused. */
class DocumentsIT extends DmpIT {

  /** What the test server is configured with (tests/pom.xml). */
  private static final int LIMIT = Integer.getInteger("dmp.content.max-bytes", 1048576);

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(DocumentsIT.class);
  }

  @Test
  void aFedDocumentIsReadBackByteIdenticalWithItsMetadata() {
    RecordId record = openRecordForDoctor();
    byte[] bytes = randomBytes(200_000);

    DocumentView fed = feed(record, "Lettre de sortie", bytes);
    DocumentWithContent read = read(fed.entryUuid());

    assertThat(read.content()).isEqualTo(bytes);
    assertThat(read.document().title()).isEqualTo("Lettre de sortie");
    assertThat(read.document().size()).isEqualTo(200_000);
    assertThat(read.document().sha1()).isEqualTo(DocumentContent.of(bytes).sha1());
    assertThat(read.document().status()).isEqualTo(AvailabilityStatus.APPROVED);
    assertThat(read.document().author().id()).isEqualTo(Fixtures.DOCTOR_RPPS.value());
  }

  @Test
  void everyActIsAuditedWithItsRuleInAnUnbrokenChain() {
    RecordId record = openRecordForDoctor();
    DocumentView fed = feed(record, "CR", randomBytes(100));
    As.call(Fixtures.SOFTWARE, () -> documents.list(Fixtures.doctor(), record));
    read(fed.entryUuid());

    List<AuditEvent> events = audit.ofRecord(record);

    assertThat(events)
        .extracting(AuditEvent::action, AuditEvent::rule)
        .containsExactly(
            tuple(AuditAction.OPEN_RECORD, "ACTOR_KIND"),
            tuple(AuditAction.ORAL_CONSENT, "AUTHORIZED"),
            tuple(AuditAction.FEED, "FEED_NON_OPPOSITION"),
            tuple(AuditAction.SEARCH, "AUTHORIZED"),
            tuple(AuditAction.READ_DOCUMENT, "AUTHORIZED"));
    assertThat(events.get(2).documentId()).isEqualTo(fed.entryUuid().value());
    assertThat(events.get(2).actorId()).isEqualTo(Fixtures.DOCTOR_RPPS.value());
    String previous = AuditEvent.GENESIS;
    for (AuditEvent event : events) {
      assertThat(event.follows(previous)).as("event %d intact and chained", event.seq()).isTrue();
      previous = event.hash();
    }
  }

  @Test
  void aReplacementDeprecatesTheDocumentItReplaces() {
    RecordId record = openRecordForDoctor();
    DocumentView first = feed(record, "CR v1", randomBytes(10));

    DocumentView second =
        As.call(
            Fixtures.SOFTWARE,
            () ->
                documents.add(
                    Fixtures.doctor(),
                    record,
                    Fixtures.report("CR v2").replacing(first.entryUuid()),
                    randomBytes(10)));

    assertThat(As.call(Fixtures.SOFTWARE, () -> documents.list(Fixtures.doctor(), record)))
        .extracting(DocumentView::title, DocumentView::status)
        .containsExactly(
            tuple("CR v2", AvailabilityStatus.APPROVED),
            tuple("CR v1", AvailabilityStatus.DEPRECATED));
    assertThat(second.replaces()).isEqualTo(first.entryUuid());
  }

  @Test
  void contentUpToTheLimitIsAcceptedAndOneByteMoreIsRefused() {
    RecordId record = openRecord();
    feed(record, "max", randomBytes(LIMIT));

    assertRefusedWithoutTrace(
        "CONTENT_TOO_LARGE", record, Fixtures.report("trop gros"), randomBytes(LIMIT + 1));
  }

  @Test
  void emptyContentIsRefused() {
    assertRefusedWithoutTrace("CONTENT_EMPTY", openRecord(), Fixtures.report("vide"), new byte[0]);
  }

  @Test
  void missingMandatoryMetadataIsRefusedNamingTheField() {
    RecordId record = openRecord();
    DocumentMetadata untitled = Fixtures.report("sans titre").titled(" ");

    DmpException refused =
        assertRefusedWithoutTrace("INVALID_REQUEST", record, untitled, randomBytes(5));

    assertThat(refused.getMessage()).contains("metadata.title");
  }

  @Test
  void aDeclaredHashOrSizeThatDoesNotMatchTheContentIsRefused() {
    RecordId record = openRecord();
    DocumentMetadata m = Fixtures.report("faux");
    byte[] bytes = randomBytes(50);

    assertRefusedWithoutTrace("HASH_MISMATCH", record, m.declaring(50L, "0".repeat(40)), bytes);
    assertRefusedWithoutTrace("SIZE_MISMATCH", record, m.declaring(49L, null), bytes);
  }

  @Test
  void aUniqueIdAlreadyUsedIsRefused() {
    RecordId record = openRecord();
    DocumentMetadata m = Fixtures.report("premier");
    As.call(Fixtures.SOFTWARE, () -> documents.add(Fixtures.doctor(), record, m, randomBytes(5)));

    assertRefusedWithoutTrace("DUPLICATE_UNIQUE_ID", openRecord(), m, randomBytes(5));
  }

  @Test
  void feedingAnUnknownRecordIsRefused() {
    assertRefusedWithoutTrace(
        "RECORD_NOT_FOUND", RecordId.generate(), Fixtures.report("perdu"), randomBytes(5));
  }

  @Test
  void readingAnUnknownDocumentIsRefused() {
    DmpException refused =
        catchThrowableOfType(DmpException.class, () -> read(EntryUuid.generate()));

    assertThat(refused.code()).isEqualTo("DOCUMENT_NOT_FOUND");
  }

  private DocumentWithContent read(EntryUuid id) {
    return As.call(Fixtures.SOFTWARE, () -> documents.read(Fixtures.doctor(), id));
  }

  private DmpException assertRefusedWithoutTrace(
      String code, RecordId record, DocumentMetadata metadata, byte[] bytes) {
    DatabaseState before = DatabaseState.of(dataSource);
    DmpException refused =
        catchThrowableOfType(
            DmpException.class,
            () ->
                As.call(
                    Fixtures.SOFTWARE,
                    () -> documents.add(Fixtures.doctor(), record, metadata, bytes)));
    assertThat(refused).as("refusal").isNotNull();
    assertThat(refused.code()).isEqualTo(code);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
    return refused;
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}

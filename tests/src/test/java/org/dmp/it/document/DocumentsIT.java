package org.dmp.it.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import javax.sql.DataSource;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.DocumentWithContent;
import org.dmp.application.document.Documents;
import org.dmp.application.record.Records;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.content.DocumentContent;
import org.dmp.domain.document.AvailabilityStatus;
import org.dmp.domain.document.DocumentMetadata;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Feeding a record and reading documents back, and every way a feed is refused. */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

  /** What the test server is configured with (tests/pom.xml). */
  private static final int LIMIT = Integer.getInteger("dmp.content.max-bytes", 1048576);

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(DocumentsIT.class);
  }

  @EJB Records records;
  @EJB Documents documents;
  @Inject AuditTrail audit;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Test
  void aFedDocumentIsReadBackByteIdenticalWithItsMetadata() {
    RecordId record = openRecord();
    byte[] bytes = randomBytes(200_000);

    DocumentView fed =
        documents.add(Fixtures.doctor(), record, Fixtures.report("Lettre de sortie"), bytes);
    DocumentWithContent read = documents.read(Fixtures.doctor(), fed.entryUuid());

    assertThat(read.content()).isEqualTo(bytes);
    assertThat(read.document().title()).isEqualTo("Lettre de sortie");
    assertThat(read.document().size()).isEqualTo(200_000);
    assertThat(read.document().sha1()).isEqualTo(DocumentContent.of(bytes).sha1());
    assertThat(read.document().status()).isEqualTo(AvailabilityStatus.APPROVED);
    assertThat(read.document().author().id()).isEqualTo(Fixtures.DOCTOR_RPPS.value());
  }

  @Test
  void everyActIsAuditedInAnUnbrokenChain() {
    RecordId record = openRecord();
    DocumentView fed =
        documents.add(Fixtures.doctor(), record, Fixtures.report("CR"), randomBytes(100));
    documents.list(Fixtures.doctor(), record);
    documents.read(Fixtures.doctor(), fed.entryUuid());

    List<AuditEvent> events = audit.ofRecord(record);

    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.OPEN_RECORD,
            AuditAction.FEED,
            AuditAction.SEARCH,
            AuditAction.READ_DOCUMENT);
    assertThat(events.get(1).documentId()).isEqualTo(fed.entryUuid().value());
    assertThat(events.get(1).actorId()).isEqualTo(Fixtures.DOCTOR_RPPS.value());
    String previous = AuditEvent.GENESIS;
    for (AuditEvent event : events) {
      assertThat(event.follows(previous)).as("event %d intact and chained", event.seq()).isTrue();
      previous = event.hash();
    }
  }

  @Test
  void aReplacementDeprecatesTheDocumentItReplaces() {
    RecordId record = openRecord();
    DocumentView first =
        documents.add(Fixtures.doctor(), record, Fixtures.report("CR v1"), randomBytes(10));

    DocumentView second =
        documents.add(
            Fixtures.doctor(),
            record,
            Fixtures.report("CR v2").replacing(first.entryUuid()),
            randomBytes(10));

    assertThat(documents.list(Fixtures.doctor(), record))
        .extracting(DocumentView::title, DocumentView::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CR v2", AvailabilityStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple("CR v1", AvailabilityStatus.DEPRECATED));
    assertThat(second.replaces()).isEqualTo(first.entryUuid());
  }

  @Test
  void contentUpToTheLimitIsAcceptedAndOneByteMoreIsRefused() {
    RecordId record = openRecord();
    documents.add(Fixtures.doctor(), record, Fixtures.report("max"), randomBytes(LIMIT));

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
    documents.add(Fixtures.doctor(), record, m, randomBytes(5));

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
        catchThrowableOfType(
            DmpException.class, () -> documents.read(Fixtures.doctor(), EntryUuid.generate()));

    assertThat(refused.code()).isEqualTo("DOCUMENT_NOT_FOUND");
  }

  private DmpException assertRefusedWithoutTrace(
      String code, RecordId record, DocumentMetadata metadata, byte[] bytes) {
    DatabaseState before = DatabaseState.of(dataSource);
    DmpException refused =
        catchThrowableOfType(
            DmpException.class, () -> documents.add(Fixtures.doctor(), record, metadata, bytes));
    assertThat(refused).as("refusal").isNotNull();
    assertThat(refused.code()).isEqualTo(code);
    assertThat(DatabaseState.of(dataSource)).isEqualTo(before);
    return refused;
  }

  private RecordId openRecord() {
    return records
        .open(
            Fixtures.counterAgent(), Fixtures.newIns(), Fixtures.identity(), OpeningChannel.COUNTER)
        .id();
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}

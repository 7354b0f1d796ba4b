package org.dmp.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.dmp.application.consent.Consents;
import org.dmp.application.consent.RecordSettings;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.Documents;
import org.dmp.application.history.AccessHistory;
import org.dmp.application.record.Records;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the tests on the real server share: the application services, the database, the test
 * accounts, and short ways to do the usual first steps as the right account. Every test makes its
 * own patient; nothing is shared between tests but the standing accounts.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DmpIT {

  @EJB protected Records records;
  @EJB protected Documents documents;
  @EJB protected Consents consents;
  @EJB protected RecordSettings settings;
  @EJB protected AccessHistory history;
  @Inject protected AuditTrail audit;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  protected DataSource dataSource;

  @BeforeEach
  void standingAccounts() {
    Fixtures.ensureAccounts(dataSource);
  }

  /** A new record for a new patient, opened at the counter; the patient's account exists. */
  protected RecordId openRecord(Ins ins) {
    Fixtures.ensurePatientAccount(dataSource, ins);
    return As.call(
            Fixtures.AGENT,
            () ->
                records.open(
                    Fixtures.counterAgent(), ins, Fixtures.identity(), OpeningChannel.COUNTER))
        .id();
  }

  protected RecordId openRecord() {
    return openRecord(Fixtures.newIns());
  }

  /** A new record that the usual doctor may read: they recorded the patient's oral consent. */
  protected RecordId openRecordForDoctor() {
    RecordId id = openRecord();
    As.run(Fixtures.SOFTWARE, () -> consents.recordOralConsent(Fixtures.doctor(), id, null));
    return id;
  }

  /** Feeds a report (as the usual doctor's software) with this content. */
  protected DocumentView feed(RecordId record, String title, byte[] content) {
    return As.call(
        Fixtures.SOFTWARE,
        () -> documents.add(Fixtures.doctor(), record, Fixtures.report(title), content));
  }

  /** The account a caller of the fixtures logs in as. */
  protected static String loginOf(Caller caller) {
    return switch (caller.actor().kind()) {
      case PATIENT -> "patient-" + caller.actor().id();
      case PROFESSIONAL -> Fixtures.SOFTWARE;
      case COUNTER_AGENT -> Fixtures.AGENT;
      case REPRESENTATIVE -> Fixtures.REPRESENTATIVE;
      case FEED_SYSTEM -> Fixtures.FEED;
      case AUDITOR -> Fixtures.AUDITOR;
      default -> throw new IllegalArgumentException(caller.toString());
    };
  }
}

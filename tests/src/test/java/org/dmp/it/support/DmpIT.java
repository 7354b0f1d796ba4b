package org.dmp.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.application.consent.Consents;
import org.dmp.application.consent.RecordSettings;
import org.dmp.application.document.DocumentView;
import org.dmp.application.document.Documents;
import org.dmp.application.history.AccessHistory;
import org.dmp.application.history.HistoryEntry;
import org.dmp.application.record.Records;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.notification.Notification;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
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
                    Fixtures.counterAgent(),
                    ins,
                    Fixtures.identity(),
                    OpeningChannel.COUNTER,
                    true))
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

  /** What {@code action} returns when done by {@code caller}, logged in as their account. */
  protected static <T> T call(Caller caller, Function<Caller, T> action) {
    return As.call(loginOf(caller), () -> action.apply(caller));
  }

  /** Does {@code action} as {@code caller}, logged in as their account. */
  protected static void run(Caller caller, Consumer<Caller> action) {
    As.run(loginOf(caller), () -> action.accept(caller));
  }

  /**
   * The policy's refusal of {@code action} done by {@code caller}; fails if it was allowed, or if
   * it wrote anything but its audited denial.
   */
  protected AccessDeniedException denied(Caller caller, Function<Caller, ?> action) {
    DatabaseState before = DatabaseState.of(dataSource);
    AccessDeniedException denied =
        catchThrowableOfType(AccessDeniedException.class, () -> call(caller, action));
    assertThat(denied).as("the policy refuses " + caller.actor().displayName()).isNotNull();
    assertThat(DatabaseState.of(dataSource))
        .as("a denial writes nothing but its audit event")
        .isEqualTo(before.plusOneDenial());
    return denied;
  }

  /**
   * The refusal (of any kind) of {@code action} done by {@code caller}; fails if it wrote anything
   * but, for a policy denial (also one answered as an unknown document), its audit event.
   */
  protected DmpException refused(Caller caller, Function<Caller, ?> action) {
    DatabaseState before = DatabaseState.of(dataSource);
    DmpException refused = catchThrowableOfType(DmpException.class, () -> call(caller, action));
    assertThat(refused).as("refused to " + caller.actor().displayName()).isNotNull();
    DatabaseState after = DatabaseState.of(dataSource);
    if (refused instanceof AccessDeniedException) {
      assertThat(after)
          .as("a denial writes nothing but its audit event")
          .isEqualTo(before.plusOneDenial());
    } else if ("DOCUMENT_NOT_FOUND".equals(refused.code())) {
      assertThat(after).as("a refusal writes nothing").isIn(before, before.plusOneDenial());
    } else {
      assertThat(after).as("a refusal writes nothing").isEqualTo(before);
    }
    return refused;
  }

  /** The documents of the record as {@code caller} sees them. */
  protected List<DocumentView> listed(Caller caller, RecordId id) {
    return call(caller, c -> documents.list(c, id));
  }

  /** The record's access history as {@code caller} reads it. */
  protected List<HistoryEntry> historyOf(Caller caller, RecordId id) {
    return call(caller, c -> history.of(c, id));
  }

  /** The notifications of emergency accesses to the record, as {@code caller} reads them. */
  protected List<Notification> notificationsOf(Caller caller, RecordId id) {
    return call(caller, c -> history.notifications(c, id));
  }

  /** {@link #denied} for an action that returns nothing. */
  protected AccessDeniedException deniedDoing(Caller caller, Consumer<Caller> action) {
    return denied(
        caller,
        c -> {
          action.accept(c);
          return null;
        });
  }

  /** {@link #refused} for an action that returns nothing. */
  protected DmpException refusedDoing(Caller caller, Consumer<Caller> action) {
    return refused(
        caller,
        c -> {
          action.accept(c);
          return null;
        });
  }

  /** The INS of the patient whose record this is. */
  protected Ins insOf(RecordId id) {
    try (var c = dataSource.getConnection();
        var s = c.prepareStatement("select ins_nir, ins_oid from record where id = ?")) {
      s.setObject(1, id.value());
      try (var r = s.executeQuery()) {
        r.next();
        return Ins.of(r.getString(1), r.getString(2));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last event of the record's audit trail. */
  protected org.dmp.domain.audit.AuditEvent lastEvent(RecordId id) {
    var events = audit.ofRecord(id);
    return events.get(events.size() - 1);
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

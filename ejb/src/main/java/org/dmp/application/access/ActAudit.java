package org.dmp.application.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditTrail;

/**
 * The audit events an act writes when it is allowed, held until the application service's method
 * returns and then appended to the trail, in order. Appending locks the record's chain head until
 * the transaction ends; a denial decided later in the same act is audited in a transaction of its
 * own ({@link DenialAudit}) on the same chain, and would wait on that lock until the transaction
 * timed out. So every decision of an act is made before its first event is appended.
 */
@ApplicationScoped
public class ActAudit {

  private static final Object KEY = ActAudit.class;

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject AuditTrail trail;

  /** Adds an event of the act in progress (appended at once outside an application service). */
  public void add(AuditEntry entry) {
    Pending pending = pending();
    if (pending == null) {
      trail.append(entry);
    } else {
      pending.entries.add(entry);
    }
  }

  /** Entering an application service's method in the current transaction. */
  void enter() {
    if (transactions.getTransactionKey() == null) {
      return;
    }
    Pending pending = pending();
    if (pending == null) {
      pending = new Pending();
      transactions.putResource(KEY, pending);
    }
    pending.marks.push(pending.entries.size());
  }

  /**
   * Leaving it: the outermost method of the transaction appends what its act audited, if it
   * returned normally (a refused act rolls back, and its events with it).
   */
  void leave(boolean returned) {
    Pending pending = pending();
    if (pending == null || pending.marks.isEmpty()) {
      return;
    }
    int mark = pending.marks.pop();
    if (!returned) {
      // a method that failed did not act, even if its caller goes on
      pending.entries.subList(mark, pending.entries.size()).clear();
    }
    if (!pending.marks.isEmpty()) {
      return;
    }
    List<AuditEntry> entries = List.copyOf(pending.entries);
    pending.entries.clear();
    if (returned && !transactions.getRollbackOnly()) {
      entries.forEach(trail::append);
    }
  }

  private Pending pending() {
    return transactions.getTransactionKey() == null
        ? null
        : (Pending) transactions.getResource(KEY);
  }

  /** The events held, and where each application service method still running began adding. */
  private static final class Pending {
    private final List<AuditEntry> entries = new ArrayList<>();
    private final Deque<Integer> marks = new ArrayDeque<>();
  }
}

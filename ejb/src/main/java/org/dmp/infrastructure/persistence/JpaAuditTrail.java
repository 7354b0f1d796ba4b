package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.AuditTrail;
import org.dmp.domain.record.RecordId;

/**
 * The audit trail in the {@code audit_event} table. Appending locks the chain's head row until the
 * transaction ends, so each chain grows one event at a time, in commit order.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public AuditEvent append(AuditEntry entry) {
    // the act's own writes first, so that the chain head is the last lock the transaction takes:
    // a row its inserts would lock later (the record, by foreign key) may be held by a transaction
    // whose denial audit waits for this head, and that wait PostgreSQL cannot see
    em.flush();
    String chain = AuditEvent.chainOf(entry.recordId());
    AuditChainHead head = lockHead(chain);
    AuditEvent event = AuditEvent.chained(chain, head.seq(), head.hash(), entry, clock.instant());
    em.persist(event);
    head.advanceTo(event);
    return event;
  }

  @Override
  public List<AuditEvent> ofRecord(RecordId record) {
    return em.createQuery(
            "select e from AuditEvent e where e.chainId = :c order by e.seq", AuditEvent.class)
        .setParameter("c", AuditEvent.chainOf(record.value()))
        .getResultList();
  }

  @Override
  public List<AuditEvent> latestOfRecord(
      RecordId record,
      java.util.Set<org.dmp.domain.actor.ActorKind> leftOut,
      java.util.Set<org.dmp.domain.audit.AuditAction> actions,
      int limit) {
    // newest first along the chain's (chain_id, seq) index, stopping at the limit
    StringBuilder jpql = new StringBuilder("select e from AuditEvent e where e.chainId = :c");
    if (!leftOut.isEmpty()) {
      jpql.append(" and e.actorKind not in :k");
    }
    if (!actions.isEmpty()) {
      jpql.append(" and e.action in :a");
    }
    var query =
        em.createQuery(jpql.append(" order by e.seq desc").toString(), AuditEvent.class)
            .setParameter("c", AuditEvent.chainOf(record.value()))
            .setMaxResults(limit);
    if (!leftOut.isEmpty()) {
      query.setParameter("k", leftOut);
    }
    if (!actions.isEmpty()) {
      query.setParameter("a", actions);
    }
    return query.getResultList();
  }

  private AuditChainHead lockHead(String chain) {
    AuditChainHead head = em.find(AuditChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
    if (head != null) {
      return head;
    }
    // First event of the chain: create the head, or wait for a concurrent creator to commit.
    em.createNativeQuery(
            "insert into audit_chain_head (chain_id, seq, hash) values (?1, 0, ?2)"
                + " on conflict (chain_id) do nothing")
        .setParameter(1, chain)
        .setParameter(2, AuditEvent.GENESIS)
        .executeUpdate();
    return em.find(AuditChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
  }
}

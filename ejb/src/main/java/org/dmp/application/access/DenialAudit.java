package org.dmp.application.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditTrail;

/**
 * Appends a denial to the audit trail in a transaction of its own: the refused call rolls back, its
 * denial stays. The refused call has appended nothing to the same chain yet (an act's events are
 * appended when it ends, {@link ActAudit}), so the two transactions never wait on each other.
 */
@Stateless
@PermitAll
public class DenialAudit {

  @Inject AuditTrail audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEntry denial) {
    audit.append(denial);
  }
}

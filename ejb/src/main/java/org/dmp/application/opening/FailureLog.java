package org.dmp.application.opening;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.dmp.domain.opening.OpeningFailures;

/**
 * Counts a failed online opening in a transaction of its own: the refusal that follows rolls back
 * its own transaction, and the count must survive it, or the lock would never come.
 */
@Stateless
@PermitAll
public class FailureLog {

  @Inject OpeningFailures failures;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(String nir, OpeningFailures.Reason reason, Instant at) {
    failures.add(nir, reason, at);
  }
}

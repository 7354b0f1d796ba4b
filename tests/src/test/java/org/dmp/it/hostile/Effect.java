package org.dmp.it.hostile;

import org.dmp.it.support.DatabaseState;

/**
 * What a refusal may leave in the database: nothing, or (for a refusal of the access policy, which
 * audits every decision by design) exactly one audit event.
 */
public enum Effect {
  NOTHING,
  ONE_DENIAL;

  DatabaseState expectedAfter(DatabaseState before) {
    return this == NOTHING ? before : before.plusOneDenial();
  }
}

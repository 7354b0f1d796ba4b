package org.dmp.it.hostile;

import java.util.Map;
import java.util.TreeMap;
import org.dmp.it.support.DatabaseState;

/**
 * What a refusal may leave in the database: nothing; or exactly one audit event (a refusal of the
 * access policy, which audits every decision by design); or one more attempt on the one-time code
 * the session is waiting for (a wrong code spends one of its three attempts, which the lockout
 * needs): the code's row changes, no row is added; or, for the "My information" page shown again
 * with its refusal, the two audited readings that showing it is (the information and the legal
 * representatives: every reading of them is audited, the patient's own too).
 */
public enum Effect {
  NOTHING,
  ONE_DENIAL,
  ONE_CODE_ATTEMPT,
  INFORMATION_SHOWN_AGAIN;

  DatabaseState expectedAfter(DatabaseState before, DatabaseState after) {
    return switch (this) {
      case NOTHING -> before;
      case ONE_DENIAL -> before.plusOneDenial();
      case ONE_CODE_ATTEMPT -> sameRowsAs(before, after, "one_time_code");
      case INFORMATION_SHOWN_AGAIN -> before.plus("audit_event", 2);
    };
  }

  /** {@code before}, with {@code table} as it is {@code after} if it has as many rows. */
  private static DatabaseState sameRowsAs(DatabaseState before, DatabaseState after, String table) {
    Map<String, String> tables = new TreeMap<>(before.tables());
    String was = before.tables().get(table);
    String is = after.tables().get(table);
    if (was != null && is != null && was.split(" ")[0].equals(is.split(" ")[0])) {
      tables.put(table, is);
    }
    return new DatabaseState(tables);
  }
}

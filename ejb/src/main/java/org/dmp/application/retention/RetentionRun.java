package org.dmp.application.retention;

import java.time.Instant;
import java.util.Map;
import org.dmp.domain.retention.Sweep;

/**
 * What one run of the retention job did.
 *
 * @param now the time the run took as now (the server's clock)
 * @param purged records purged by this run
 * @param failed records whose purge failed (rolled back, tried again at the next run)
 * @param swept rows deleted by each sweep
 */
public record RetentionRun(Instant now, int purged, int failed, Map<Sweep, Integer> swept) {

  @Override
  public String toString() {
    return "purge " + now + ": " + purged + " purged, " + failed + " failed, swept " + swept;
  }
}

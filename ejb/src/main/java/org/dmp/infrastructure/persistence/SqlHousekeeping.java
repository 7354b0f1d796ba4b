package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.dmp.domain.retention.Housekeeping;
import org.dmp.domain.retention.Sweep;

/**
 * Each sweep as one bounded delete: the oldest rows past the cutoff, at most a batch, those another
 * server is deleting skipped (its delete holds them).
 */
@ApplicationScoped
public class SqlHousekeeping implements Housekeeping {

  @PersistenceContext EntityManager em;

  @Override
  public int sweep(Sweep sweep, Instant now, int limit) {
    return em.createNativeQuery(sql(sweep))
        .setParameter(1, Timestamp.from(sweep.cutoff(now)))
        .setParameter(2, limit)
        .executeUpdate();
  }

  private static String sql(Sweep sweep) {
    return switch (sweep) {
      case EXPIRED_ONE_TIME_CODES -> byId("one_time_code", "expires_at");
      case OPENING_FAILURES -> byId("opening_failure", "failed_at");
      case DEV_OUTBOX -> byId("dev_outbox", "created_at");
      case FEED_REJECTIONS ->
          "delete from feed_rejection where (job_id, line_number) in (select r.job_id,"
              + " r.line_number from feed_rejection r join feed_job j on j.id = r.job_id"
              + " where j.finished_at < ?1 limit ?2 for update of r skip locked)";
    };
  }

  private static String byId(String table, String date) {
    return "delete from "
        + table
        + " where id in (select id from "
        + table
        + " where "
        + date
        + " < ?1 limit ?2 for update skip locked)";
  }
}

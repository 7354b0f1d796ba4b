package org.dmp.infrastructure.persistence.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.dmp.domain.feed.FeedJob;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobs;
import org.dmp.domain.feed.JobProgress;
import org.dmp.domain.feed.JobState;
import org.dmp.domain.feed.LineRejection;
import org.dmp.domain.feed.ReimbursementLine;
import org.dmp.domain.patient.Nir;
import org.postgresql.PGConnection;

/** Import jobs in {@code feed_job}, {@code feed_rejection} and {@code reimbursement_staging}. */
@ApplicationScoped
public class JdbcFeedJobs implements FeedJobs {

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @Inject Clock clock;

  @Override
  public void create(FeedJob job, int lanes) {
    Jdbc.update(
        dataSource,
        "insert into feed_job (id, submitter, actor_id, actor_name, state, submitted_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        s -> {
          s.setObject(1, job.id().value());
          s.setString(2, job.submitter());
          s.setString(3, job.actorId());
          s.setString(4, job.actorName());
          s.setString(5, job.state().name());
          s.setTimestamp(6, Timestamp.from(job.submittedAt()));
        });
    Jdbc.update(
        dataSource,
        "insert into feed_job_lane (job_id, lane) select ?, generate_series(0, ? - 1)",
        s -> {
          s.setObject(1, job.id().value());
          s.setInt(2, lanes);
        });
  }

  @Override
  public int lanes(FeedJobId id) {
    return Jdbc.query(
            dataSource,
            "select count(*) from feed_job_lane where job_id = ?",
            s -> s.setObject(1, id.value()),
            r -> r.getInt(1))
        .get(0);
  }

  @Override
  public Optional<FeedJob> find(FeedJobId id) {
    return Jdbc.query(
            dataSource,
            "select id, submitter, actor_id, actor_name, state, submitted_at, finished_at,"
                + " lines_read, lines_accepted, lines_rejected, lines_out_of_window, patients,"
                + " patients_updated, patients_unchanged, patients_without_record,"
                + " patients_record_closed, failure from feed_job where id = ?",
            s -> s.setObject(1, id.value()),
            JdbcFeedJobs::job)
        .stream()
        .findFirst();
  }

  private static FeedJob job(ResultSet r) throws SQLException {
    Timestamp finished = r.getTimestamp(7);
    return new FeedJob(
        new FeedJobId(r.getObject(1, java.util.UUID.class)),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        JobState.valueOf(r.getString(5)),
        r.getTimestamp(6).toInstant(),
        finished == null ? null : finished.toInstant(),
        new JobProgress(
            r.getLong(8),
            r.getLong(9),
            r.getLong(10),
            r.getLong(11),
            r.getLong(12),
            r.getLong(13),
            r.getLong(14),
            r.getLong(15),
            r.getLong(16)),
        r.getString(17));
  }

  @Override
  public Optional<FeedJob> lockLane(FeedJobId id, int lane) {
    Jdbc.query(
        dataSource,
        "select lane from feed_job_lane where job_id = ? and lane = ? for update",
        s -> {
          s.setObject(1, id.value());
          s.setInt(2, lane);
        },
        r -> r.getInt(1));
    return find(id).filter(job -> job.state() == JobState.RUNNING);
  }

  @Override
  public Staging staging(FeedJobId id) {
    try {
      return new CopyStaging(dataSource.getConnection(), id);
    } catch (SQLException e) {
      throw new IllegalStateException("staging", e);
    }
  }

  @Override
  public void received(FeedJobId id, JobProgress p, Set<Nir> patients) {
    int lanes = lanes(id);
    try (Connection c = dataSource.getConnection()) {
      StringBuilder rows = new StringBuilder(patients.size() * 60);
      for (Nir nir : patients) {
        // a patient's lane: a hash of the NIR, the same however often the job is resumed
        rows.append(id).append('\t').append(Math.floorMod(nir.value().hashCode(), lanes));
        rows.append('\t').append(nir.value()).append('\n');
      }
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy feed_job_patient (job_id, lane, nir) from stdin",
              new java.io.StringReader(rows.toString()));
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("feed_job_patient", e);
    }
    Jdbc.update(
        dataSource,
        "update feed_job set lines_read = ?, lines_accepted = ?, lines_rejected = ?,"
            + " lines_out_of_window = ?, patients = ? where id = ?",
        s -> {
          s.setLong(1, p.linesRead());
          s.setLong(2, p.linesAccepted());
          s.setLong(3, p.linesRejected());
          s.setLong(4, p.linesOutOfWindow());
          s.setLong(5, p.patients());
          s.setObject(6, id.value());
        });
  }

  @Override
  public List<LineRejection> rejections(FeedJobId id, int first, int max) {
    return Jdbc.query(
        dataSource,
        "select line_number, code, reason_fr, reason_en from feed_rejection where job_id = ?"
            + " order by line_number offset ? limit ?",
        s -> {
          s.setObject(1, id.value());
          s.setInt(2, first);
          s.setInt(3, max);
        },
        r -> new LineRejection(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
  }

  @Override
  public List<Nir> nextPatients(FeedJobId id, int lane, int max) {
    return Jdbc.query(
        dataSource,
        "select p.nir from feed_job_patient p, feed_job_lane l"
            + " where p.job_id = ? and p.lane = ? and l.job_id = p.job_id and l.lane = p.lane"
            + " and (l.last_nir is null or p.nir > l.last_nir)"
            + " order by p.nir limit ?",
        s -> {
          s.setObject(1, id.value());
          s.setInt(2, lane);
          s.setInt(3, max);
        },
        r -> new Nir(r.getString(1)));
  }

  @Override
  public List<ReimbursementLine> stagedLines(FeedJobId id, List<Nir> patients) {
    return Jdbc.query(
        dataSource,
        "select "
            + LineRows.COLUMNS
            + " from reimbursement_staging"
            + " where job_id = ? and nir = any (?)",
        s -> {
          s.setObject(1, id.value());
          s.setArray(
              2,
              s.getConnection()
                  .createArrayOf("bpchar", patients.stream().map(Nir::value).toArray()));
        },
        LineRows::read);
  }

  @Override
  public void applied(FeedJobId id, int lane, Nir last, Outcomes o) {
    Jdbc.update(
        dataSource,
        "update feed_job_lane set last_nir = ? where job_id = ? and lane = ?",
        s -> {
          s.setString(1, last.value());
          s.setObject(2, id.value());
          s.setInt(3, lane);
        });
    // last: the job's row is what every lane updates, locked for the shortest time
    Jdbc.update(
        dataSource,
        "update feed_job set patients_updated = patients_updated + ?,"
            + " patients_unchanged = patients_unchanged + ?,"
            + " patients_without_record = patients_without_record + ?,"
            + " patients_record_closed = patients_record_closed + ? where id = ?",
        s -> {
          s.setInt(1, o.updated());
          s.setInt(2, o.unchanged());
          s.setInt(3, o.withoutRecord());
          s.setInt(4, o.recordClosed());
          s.setObject(5, id.value());
        });
  }

  @Override
  public void finish(FeedJobId id, JobState state, String failure) {
    Jdbc.update(
        dataSource,
        // only a running job ends: a second runner of the same job (a resume) must not turn a
        // FAILED job into DONE
        "update feed_job set state = ?, failure = ?, finished_at = ?"
            + " where id = ? and state = 'RUNNING'",
        s -> {
          s.setString(1, state.name());
          s.setString(2, failure);
          s.setTimestamp(3, Timestamp.from(clock.instant()));
          s.setObject(4, id.value());
        });
  }

  @Override
  public void dropStaging() {
    for (String table : List.of("reimbursement_staging", "feed_job_patient")) {
      Jdbc.update(
          dataSource,
          "delete from "
              + table
              + " s using feed_job j"
              + " where j.id = s.job_id and j.state <> 'RUNNING'",
          s -> {});
    }
  }

  @Override
  public List<FeedJobId> running() {
    return Jdbc.query(
        dataSource,
        "select id from feed_job where state = 'RUNNING' order by submitted_at",
        s -> {},
        r -> new FeedJobId(r.getObject(1, java.util.UUID.class)));
  }
}

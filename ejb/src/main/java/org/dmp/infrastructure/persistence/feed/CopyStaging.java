package org.dmp.infrastructure.persistence.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dmp.domain.feed.FeedJobId;
import org.dmp.domain.feed.FeedJobs;
import org.dmp.domain.feed.LineRejection;
import org.dmp.domain.feed.ReimbursementLine;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams a job's accepted lines into {@code reimbursement_staging} with COPY (text format: every
 * value was checked by the domain, none needs escaping), and its rejections into {@code
 * feed_rejection} in JDBC batches, on the transaction's connection. A connection in COPY runs no
 * other statement: rejections are held until the COPY is ended, at most {@link #HELD_REJECTIONS} at
 * a time (a file of bad lines still streams), and the COPY starts again with the next line.
 */
final class CopyStaging implements FeedJobs.Staging {

  private static final int FLUSH_BYTES = 1 << 16;
  private static final int HELD_REJECTIONS = 5_000;
  private static final String COPY =
      "copy reimbursement_staging (job_id, line_number, nir, care_date, code, prescriber,"
          + " provider, amount_cents) from stdin";

  private final Connection connection;
  private final FeedJobId job;
  private final String jobText;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES * 2);
  private final StringBuilder row = new StringBuilder(128);
  private final List<LineRejection> held = new ArrayList<>();
  private CopyIn copy;

  CopyStaging(Connection connection, FeedJobId job) {
    this.connection = connection;
    this.job = job;
    this.jobText = job.toString();
  }

  @Override
  public void accept(long lineNumber, ReimbursementLine line) {
    row.setLength(0);
    row.append(jobText).append('\t').append(lineNumber).append('\t');
    row.append(line.nir().value()).append('\t').append(line.date()).append('\t');
    row.append(line.code()).append('\t');
    row.append(line.prescriber() == null ? "\\N" : line.prescriber().value()).append('\t');
    row.append(line.provider()).append('\t').append(line.amount().cents()).append('\n');
    byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
    buffer.write(bytes, 0, bytes.length);
    if (buffer.size() >= FLUSH_BYTES) {
      flush();
    }
  }

  @Override
  public void reject(LineRejection rejection) {
    held.add(rejection);
    if (held.size() >= HELD_REJECTIONS) {
      endCopy();
      writeRejections();
    }
  }

  @Override
  public void close() {
    try {
      endCopy();
      writeRejections();
    } finally {
      try {
        connection.close(); // the handle only: the transaction keeps what was written
      } catch (SQLException e) {
        throw new IllegalStateException("close", e);
      }
    }
  }

  private void flush() {
    try {
      if (copy == null) {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
      }
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      buffer.reset();
    } catch (SQLException e) {
      throw new IllegalStateException(COPY, e);
    }
  }

  private void endCopy() {
    if (buffer.size() > 0) {
      flush();
    }
    if (copy != null) {
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException(COPY, e);
      }
      copy = null;
    }
  }

  private void writeRejections() {
    if (held.isEmpty()) {
      return;
    }
    String sql =
        "insert into feed_rejection (job_id, line_number, code, reason_fr, reason_en)"
            + " values (?, ?, ?, ?, ?)";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (LineRejection r : held) {
        s.setObject(1, job.value());
        s.setLong(2, r.lineNumber());
        s.setString(3, r.code());
        s.setString(4, r.french());
        s.setString(5, r.english());
        s.addBatch();
      }
      s.executeBatch();
      held.clear();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}

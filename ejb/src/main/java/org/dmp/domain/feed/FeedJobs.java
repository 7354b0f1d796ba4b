package org.dmp.domain.feed;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dmp.domain.patient.Nir;

/**
 * Where import jobs are kept: the job, its rejected lines, and its accepted lines staged until
 * every patient of the file has been applied.
 */
public interface FeedJobs {

  /** A new job, with its {@code lanes} lanes of patients. */
  void create(FeedJob job, int lanes);

  Optional<FeedJob> find(FeedJobId id);

  /** Writes the job's lines as they are read, in the caller's transaction. */
  Staging staging(FeedJobId id);

  /**
   * The counts of reading and the patients of the file, each given to its lane, once the whole file
   * is staged.
   */
  void received(FeedJobId id, JobProgress progress, Set<Nir> patients);

  /** Rejected lines by line number, from the {@code first}-th, at most {@code max}. */
  List<LineRejection> rejections(FeedJobId id, int first, int max);

  /**
   * The job if it is RUNNING, its lane locked until the transaction ends: two runners of one lane
   * (a resumed one and a late one) apply its batches one after the other, never one twice.
   */
  Optional<FeedJob> lockLane(FeedJobId id, int lane);

  /** The job's lanes. */
  int lanes(FeedJobId id);

  /** The lane's next patients to apply, in NIR order, after those it already applied. */
  List<Nir> nextPatients(FeedJobId id, int lane, int max);

  /** The staged lines of these patients. */
  List<ReimbursementLine> stagedLines(FeedJobId id, List<Nir> patients);

  /**
   * Counts applied patients and remembers the lane's last one, in the transaction that applied
   * them, so that a resumed lane starts after it.
   */
  void applied(FeedJobId id, int lane, Nir last, Outcomes outcomes);

  void finish(FeedJobId id, JobState state, String failure);

  /**
   * Drops the staged lines of every job that has ended: after its end, not in the same transaction,
   * so that a large job is DONE without waiting for a million rows to be deleted.
   */
  void dropStaging();

  /** The jobs a stopped server left RUNNING. */
  List<FeedJobId> running();

  /** What applying a batch of patients did. */
  record Outcomes(int updated, int unchanged, int withoutRecord, int recordClosed) {}

  /** The accepted lines and the rejections of a file being read. */
  interface Staging extends AutoCloseable {
    void accept(long lineNumber, ReimbursementLine line);

    void reject(LineRejection rejection);

    /** Everything written; without it nothing is. */
    @Override
    void close();
  }
}

package org.dmp.faults.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients reading side by side, each repeating its call (bounded in count and time) until {@link
 * #stop()}, recording every outcome with its time.
 */
public final class Readers implements AutoCloseable {

  private static final int MAX_PER_READER = 100_000;
  private static final Duration MAX_TIME = Duration.ofMinutes(5);

  /** One read: what it got. */
  public record Read(String channel, boolean succeeded, String answer, Instant at, Duration took) {

    /** A read as a call reports it; {@link Readers} adds how long it took. */
    public Read(String channel, boolean succeeded, String answer, Instant at) {
      this(channel, succeeded, answer, at, Duration.ZERO);
    }
  }

  /** A call that answers its outcome (never throws for a refusal it can describe). */
  public interface Call {
    Read call() throws Exception;
  }

  private final ExecutorService executor;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Queue<Read> reads = new ConcurrentLinkedQueue<>();

  public Readers(List<Callable<Call>> readers) {
    executor = Executors.newFixedThreadPool(readers.size());
    for (Callable<Call> reader : readers) {
      executor.submit(() -> read(reader));
    }
  }

  private Void read(Callable<Call> reader) throws Exception {
    Call call = reader.call();
    long end = System.nanoTime() + MAX_TIME.toNanos();
    for (int i = 0; i < MAX_PER_READER && !stopped.get() && System.nanoTime() < end; i++) {
      long start = System.nanoTime();
      Read r = call.call();
      reads.add(
          new Read(
              r.channel(),
              r.succeeded(),
              r.answer(),
              r.at(),
              Duration.ofNanos(System.nanoTime() - start)));
    }
    return null;
  }

  /** The reads so far. */
  public List<Read> reads() {
    return new ArrayList<>(reads);
  }

  /** Whether {@code channel} had a read with this outcome after {@code since}. */
  public boolean had(String channel, boolean succeeded, Instant since) {
    return reads.stream()
        .anyMatch(
            r ->
                r.channel().equals(channel) && r.succeeded() == succeeded && r.at().isAfter(since));
  }

  /** How long after {@code since} {@code channel} first succeeded (polled until it did). */
  public Duration firstSuccessAfter(String channel, Instant since, Duration limit) {
    Deadline.await(channel + " succeeds", limit, () -> had(channel, true, since), this::summary);
    return reads.stream()
        .filter(r -> r.channel().equals(channel) && r.succeeded() && r.at().isAfter(since))
        .map(r -> Duration.between(since, r.at()))
        .min(Duration::compareTo)
        .orElseThrow();
  }

  /** Per channel: reads that succeeded and failed, and the last answer (for failure messages). */
  public String summary() {
    StringBuilder s = new StringBuilder();
    reads.stream()
        .collect(java.util.stream.Collectors.groupingBy(Read::channel))
        .forEach(
            (channel, list) -> {
              long ok = list.stream().filter(Read::succeeded).count();
              String last = list.get(list.size() - 1).answer();
              s.append(channel).append(": ").append(ok).append(" succeeded, ");
              s.append(list.size() - ok).append(" failed, last: ");
              s.append(last, 0, Math.min(last.length(), 400)).append("; ");
            });
    return s.toString();
  }

  /** Stops the readers after their current call; returns every read. */
  public List<Read> stop() {
    stopped.set(true);
    Deadline.finish(executor, Duration.ofMinutes(3), "the readers");
    return reads();
  }

  @Override
  public void close() {
    stopped.set(true); // interrupting a client mid-call would only make it fail again
    executor.shutdown();
  }
}

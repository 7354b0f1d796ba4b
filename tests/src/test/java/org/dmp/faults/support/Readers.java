package org.dmp.faults.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients reading side by side, each repeating its call (bounded in count) until {@link #stop()},
 * recording every outcome with its time.
 */
public final class Readers implements AutoCloseable {

  private static final int MAX_PER_READER = 3_000;

  /** One read: what it got. */
  public record Read(String channel, boolean succeeded, String answer, Instant at) {}

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
    for (int i = 0; i < MAX_PER_READER && !stopped.get(); i++) {
      reads.add(call.call());
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

  /** Stops the readers after their current call; returns every read. */
  public List<Read> stop() {
    stopped.set(true);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
        throw new AssertionError("the readers did not stop within 2 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return reads();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}

package org.dmp.it.support.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs a number of operations spread over concurrent clients, each client calling one after the
 * other (a closed loop, as practice software waits for its answer), and times every call.
 */
public final class Load {

  /** One operation; {@code client} lets each client use its own connection or port. */
  public interface Step {
    void run(int client, int index) throws Exception;
  }

  private Load() {}

  /**
   * Operations {@code 0..operations-1} over {@code clients} clients on {@code executor} (which must
   * run that many tasks at once); the first failure fails the whole phase.
   */
  public static Timings run(int operations, int clients, ExecutorService executor, Step step)
      throws Exception {
    long[] nanos = new long[operations];
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      tasks.add(
          () -> {
            for (int i = client; i < operations; i += clients) {
              long t0 = System.nanoTime();
              step.run(client, i);
              nanos[i] = System.nanoTime() - t0;
            }
            return null;
          });
    }
    long start = System.nanoTime();
    for (Future<Void> f : executor.invokeAll(tasks)) {
      f.get();
    }
    return new Timings(nanos, System.nanoTime() - start);
  }
}

package org.dmp.it.support.bench;

import java.util.Arrays;
import java.util.Locale;

/** Per-call latencies and the wall time of one measured phase, as a row of a Markdown table. */
public final class Timings {

  private final long[] sorted;
  private final long wallNanos;

  public Timings(long[] nanos, long wallNanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
    this.wallNanos = wallNanos;
  }

  public static String header() {
    return "| operation | clients | ops/s | MB/s | p50 ms | p99 ms | max ms |\n"
        + "|---|---:|---:|---:|---:|---:|---:|";
  }

  /** Operations per second over the phase's wall time. */
  public double throughput() {
    return sorted.length / (wallNanos / 1e9);
  }

  public double p50Millis() {
    return percentile(0.50);
  }

  public double p99Millis() {
    return percentile(0.99);
  }

  /** The row of this phase; {@code bytesPerOperation} gives the MB/s column. */
  public String row(String name, int clients, long bytesPerOperation) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.0f | %.1f | %.2f | %.2f | %.2f |",
        name,
        clients,
        throughput(),
        throughput() * bytesPerOperation / 1e6,
        p50Millis(),
        p99Millis(),
        sorted[sorted.length - 1] / 1e6);
  }

  private double percentile(double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}

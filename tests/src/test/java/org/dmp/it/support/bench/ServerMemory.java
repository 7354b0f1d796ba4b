package org.dmp.it.support.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The memory of the server process the benchmarks run in (they run inside it). */
public final class ServerMemory {

  private ServerMemory() {}

  /** A sentence for the report: heap limit, heap in use now, peak resident set size. */
  public static String summary() {
    Runtime rt = Runtime.getRuntime();
    return "Server: heap max "
        + (rt.maxMemory() >> 20)
        + " MiB, heap used at the end "
        + ((rt.totalMemory() - rt.freeMemory()) >> 20)
        + " MiB, peak resident memory "
        + peakResidentMiB()
        + " MiB.";
  }

  /** The process's peak resident set size (Linux), in MiB. */
  private static long peakResidentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a report goes: beside the test server, in tests/target. */
  public static Path report(String fileName) {
    return Path.of(System.getProperty("jboss.home.dir"), "..", fileName).normalize();
  }
}

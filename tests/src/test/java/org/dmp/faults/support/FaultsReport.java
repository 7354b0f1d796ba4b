package org.dmp.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * The figures the fault tests measure (recovery times, counts), appended to {@code
 * tests/target/faults-report.md} (system property {@code dmp.faults.report}) as lines of a Markdown
 * table; {@code ./dmp faults} prints the file at the end. Measured, never asserted on.
 */
public final class FaultsReport {

  private FaultsReport() {}

  /** One line: what was measured, its value, a remark (the conditions). */
  public static synchronized void figure(String what, String value, String remark) {
    Path file =
        Path.of(System.getProperty("dmp.faults.report", "target/faults-report.md"))
            .toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.writeString(
            file,
            "# Fault suite figures (./dmp faults)\n\n| measured | value | conditions |\n|---|---|---|\n",
            StandardCharsets.UTF_8);
      }
      Files.writeString(
          file,
          "| " + what + " | " + value + " | " + remark + " |\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A duration as seconds with one decimal. */
  public static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}

package org.dmp.it.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus as it ran: every case with its boundary, input and answer, written to {@code
 * target/hostile-corpus.md} after each case (the classes share the tests' JVM), with the counts per
 * boundary.
 */
final class CorpusReport {

  private static final Path FILE = Path.of("target", "hostile-corpus.md");
  private static final List<String> ROWS = new ArrayList<>();
  private static final Map<String, Integer> COUNTS = new TreeMap<>();

  private CorpusReport() {}

  static synchronized void passed(HostileCase c, Answer answer) {
    ROWS.add(
        "| "
            + (ROWS.size() + 1)
            + " | "
            + c.boundary()
            + " | "
            + cell(c.input())
            + " | "
            + c.expected()
            + " | "
            + (answer.status() == 0 ? "connection closed" : answer.status())
            + " | "
            + switch (c.effect()) {
              case NOTHING -> "nothing";
              case ONE_DENIAL -> "one audited denial";
              case ONE_CODE_ATTEMPT -> "one attempt on the waiting code";
              case INFORMATION_SHOWN_AGAIN -> "the page's two audited readings";
            }
            + " |");
    COUNTS.merge(c.boundary().split(" ")[0], 1, Integer::sum);
    write();
  }

  static synchronized int count() {
    return ROWS.size();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
  }

  private static void write() {
    StringBuilder md = new StringBuilder("# Hostile-input corpus\n\n");
    md.append(ROWS.size()).append(" cases refused as expected (database changes: last column):");
    COUNTS.forEach((k, v) -> md.append(' ').append(k).append(' ').append(v).append(','));
    md.setLength(md.length() - 1);
    md.append(
        "\n\n| # | boundary | input | expected answer | HTTP status | database change |\n"
            + "|---|---|---|---|---|---|\n");
    ROWS.forEach(r -> md.append(r).append('\n'));
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, md, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(FILE.toString(), e);
    }
  }
}

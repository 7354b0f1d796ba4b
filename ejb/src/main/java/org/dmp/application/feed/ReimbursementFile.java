package org.dmp.application.feed;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dmp.domain.feed.FeedJobs;
import org.dmp.domain.feed.FeedRejectedException;
import org.dmp.domain.feed.JobProgress;
import org.dmp.domain.feed.LineReader;
import org.dmp.domain.feed.LineRejection;
import org.dmp.domain.feed.ReimbursementLine;
import org.dmp.domain.feed.ReimbursementWindow;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.shared.DmpException;

/**
 * Reads the insurer's NDJSON file: one JSON object per line with the string fields {@code ins},
 * {@code date}, {@code code}, {@code prescriber} (optional), {@code provider} and {@code amount} (a
 * string or a number, in euros); other fields are ignored. Each line is checked by the domain;
 * accepted lines within the window are staged, lines before it counted and left out, refused lines
 * staged as rejections with their number and reason. Blank lines are skipped but numbered, so that
 * numbers match what an editor shows.
 */
final class ReimbursementFile {

  private static final JsonParserFactory JSON = Json.createParserFactory(Map.of());

  /** A longer line is not a reimbursement line; refused without being parsed. */
  static final int MAX_LINE = 4096;

  private final LineReader lines;
  private final Set<Nir> patients = new HashSet<>();
  private final ReimbursementWindow window;

  ReimbursementFile(LocalDate today) {
    this.lines = new LineReader(today);
    this.window = ReimbursementWindow.endingOn(today);
  }

  /** The patients of the accepted lines of the file read. */
  Set<Nir> patients() {
    return patients;
  }

  /** Rejected lines kept with their reason per job (the others are counted only). */
  static final int MAX_KEPT_REJECTIONS = 10_000;

  /** Reads every line into {@code staging}; refuses a file that is empty or not NDJSON. */
  JobProgress read(InputStream in, FeedJobs.Staging staging) {
    long number = 0;
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long old = 0;
    patients.clear();
    try (BufferedReader file =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = file.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (read++ == 0 && !line.stripLeading().startsWith("{")) {
          throw FeedRejectedException.notNdjson("la ligne " + number + " n'est pas un objet JSON");
        }
        Object outcome = parse(number, line);
        if (outcome instanceof ReimbursementLine good) {
          if (window.includes(good.date())) {
            staging.accept(number, good);
            patients.add(good.nir());
            accepted++;
          } else {
            old++;
          }
        } else {
          // every rejection is counted; the first ones are kept with their reason: enough to fix
          // a file, and a file of garbage cannot fill the database with its echo
          if (rejected < MAX_KEPT_REJECTIONS) {
            staging.reject((LineRejection) outcome);
          }
          rejected++;
        }
      }
    } catch (IOException e) {
      // the HTTP listener's size limit surfaces as its own IOException while the body is read
      if (e.getClass().getSimpleName().equals("RequestTooBigException")) {
        throw FeedRejectedException.tooLarge(e.getMessage());
      }
      throw FeedRejectedException.unreadable(e.getMessage());
    }
    if (read == 0) {
      throw FeedRejectedException.empty();
    }
    return new JobProgress(read, accepted, rejected, old, patients.size(), 0, 0, 0, 0);
  }

  /** The line, or why it is refused. */
  private Object parse(long number, String line) {
    if (line.length() > MAX_LINE) {
      return new LineRejection(
          number,
          "LINE_TOO_LONG",
          "Ligne trop longue (" + line.length() + " caractères, " + MAX_LINE + " au plus)",
          "Line too long (" + line.length() + " characters, at most " + MAX_LINE + ")");
    }
    String[] values = new String[6];
    if (!FlatJson.read(line, values)) {
      java.util.Arrays.fill(values, null);
      LineRejection refused = parseWithJsonP(number, line, values);
      if (refused != null) {
        return refused;
      }
    }
    try {
      return lines.read(values[0], values[1], values[2], values[3], values[4], values[5]);
    } catch (DmpException refused) {
      return LineRejection.of(number, refused);
    }
  }

  /** The values by the JSON-P parser, or why the line is not what is expected. */
  private static LineRejection parseWithJsonP(long number, String line, String[] values) {
    try (JsonParser p = JSON.createParser(new StringReader(line))) {
      if (!p.hasNext() || p.next() != JsonParser.Event.START_OBJECT) {
        return LineRejection.notJson(number, "un objet { … } est attendu");
      }
      while (true) {
        JsonParser.Event e = p.next();
        if (e == JsonParser.Event.END_OBJECT) {
          break;
        }
        String key = p.getString();
        int field = FlatJson.field(key);
        JsonParser.Event value = p.next();
        if (value == JsonParser.Event.START_OBJECT || value == JsonParser.Event.START_ARRAY) {
          if (field >= 0) {
            return LineRejection.fieldType(number, key);
          }
          if (value == JsonParser.Event.START_OBJECT) {
            p.skipObject();
          } else {
            p.skipArray();
          }
        } else if (field >= 0) {
          if (value == JsonParser.Event.VALUE_STRING
              || (value == JsonParser.Event.VALUE_NUMBER && field == 5)) {
            values[field] = p.getString();
          } else if (value != JsonParser.Event.VALUE_NULL) {
            return LineRejection.fieldType(number, key);
          }
        }
      }
      if (p.hasNext()) {
        return LineRejection.notJson(number, "du texte suit l'objet");
      }
    } catch (RuntimeException e) {
      // JsonParsingException, NoSuchElementException, and the parser's plain RuntimeException for
      // nesting too deep: all of them a line that is not the JSON object asked for
      return LineRejection.notJson(number, "JSON mal formé");
    }
    return null;
  }
}

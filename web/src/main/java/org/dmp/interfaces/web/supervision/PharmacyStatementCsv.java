package org.dmp.interfaces.web.supervision;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.dmp.application.statistics.PharmacyStatement;

/**
 * The pharmacies' statement as a CSV file that a French spreadsheet opens as it is: UTF-8 with a
 * byte-order mark (so that Excel reads the accents right), {@code ;} between fields, a decimal
 * comma, a French header line, one line per pharmacy, then the total line; lines end with CRLF and
 * a field holding {@code ;}, a quote or a line break is quoted as RFC 4180 says. A name that a
 * spreadsheet would take for a formula ({@code = + - @}) is prefixed with an apostrophe.
 */
public final class PharmacyStatementCsv {

  /** The media type to answer with. */
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  static final String HEADER = "FINESS;Pharmacie;Dossiers ouverts;Montant dû (€)";
  static final String UNKNOWN_PHARMACY = "Pharmacie non enregistrée";
  static final String TOTAL = "Total";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private PharmacyStatementCsv() {}

  /** The file's bytes. */
  public static byte[] write(PharmacyStatement statement) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (PharmacyStatement.Line line : statement.lines()) {
      row(
          csv,
          line.finess() == null ? "" : line.finess(),
          line.name() == null ? (line.finess() == null ? UNKNOWN_PHARMACY : "") : line.name(),
          Long.toString(line.openings()),
          euros(line.amount()));
    }
    row(csv, TOTAL, "", Long.toString(statement.openings()), euros(statement.amount()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A file name for the download: {@code pharmacies-ouvertures-2026-11-01-2026-11-30.csv}. */
  public static String fileName(PharmacyStatement statement) {
    return "pharmacies-ouvertures-"
        + statement.period().from()
        + "-"
        + statement.period().to()
        + ".csv";
  }

  /** {@code 1234.5} as {@code 1234,50}: no thousands separator, which spreadsheets misread. */
  static String euros(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  private static void row(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(field(fields[i]));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.indexOf(';') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}

package org.dmp.it.support.feed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dmp.domain.patient.Nir;
import org.dmp.it.support.Fixtures;

/**
 * NDJSON reimbursement lines as the insurer sends them: {@code ins}, {@code date}, {@code code},
 * {@code prescriber}, {@code provider}, {@code amount}.
 */
public final class ReimbursementFiles {

  /** A pharmacy's FINESS. */
  public static final String PHARMACY = "750000001";

  private ReimbursementFiles() {}

  /** A consultation with the usual doctor on {@code date}. */
  public static String consultation(Nir nir, LocalDate date, String euros) {
    return line(nir.value(), date.toString(), "NGAP:G", null, Fixtures.DOCTOR_RPPS.value(), euros);
  }

  /** A drug prescribed by the usual doctor, dispensed by the pharmacy. */
  public static String drug(Nir nir, LocalDate date, String euros) {
    return line(
        nir.value(),
        date.toString(),
        "CIP13:3400930000007",
        Fixtures.DOCTOR_RPPS.value(),
        PHARMACY,
        euros);
  }

  public static String line(
      String ins, String date, String code, String prescriber, String provider, String amount) {
    StringBuilder s = new StringBuilder(160);
    s.append("{\"ins\":\"").append(ins).append("\",\"date\":\"").append(date);
    s.append("\",\"code\":\"").append(code).append("\",\"prescriber\":");
    if (prescriber == null) {
      s.append("null");
    } else {
      s.append('"').append(prescriber).append('"');
    }
    s.append(",\"provider\":\"").append(provider).append("\",\"amount\":\"").append(amount);
    return s.append("\"}").toString();
  }

  /** The lines as a file, one per line. */
  public static InputStream file(String... lines) {
    return new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}

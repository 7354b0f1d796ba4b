package org.dmp.interfaces.ws.xds.ebxml;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.dmp.domain.document.Code;
import org.dmp.domain.patient.Ins;

/**
 * The HL7 v2 data types XDS metadata carries in strings: CX (patient ids), XCN (persons), XON
 * (organisations), coded values ({@code code^^scheme}) and DTM times ({@code YYYYMMDDhhmmss}, UTC,
 * any precision down to the year).
 */
public final class Hl7 {

  private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Hl7() {}

  /**
   * A patient id {@code NIR^^^&OID&ISO}, with or without the identifier type French software adds
   * ({@code ^NH}).
   */
  static Ins patientId(String cx) {
    String[] c = cx.strip().split("\\^", -1);
    if (c.length < 4 || c[0].isBlank()) {
      throw new IllegalArgumentException(cx);
    }
    String[] authority = c[3].split("&", -1);
    if (authority.length < 2 || authority[1].isBlank()) {
      throw new IllegalArgumentException(cx);
    }
    return Ins.of(c[0], authority[1]);
  }

  /** The patient id of an INS as XDS metadata carries it ({@code NIR^^^&OID&ISO^NH}). */
  public static String patientId(Ins ins) {
    return ins.value() + "^^^&" + ins.oid() + "&ISO^NH";
  }

  /** A time as XDS writes it; a shorter value means the start of that year, month, day… */
  static Instant time(String dtm) {
    String digits = dtm.strip();
    if (!digits.matches("[0-9]{4,14}") || digits.length() % 2 != 0) {
      throw new DateTimeParseException("not a DTM", dtm, 0);
    }
    String padded = digits + "0101000000".substring(digits.length() - 4);
    return LocalDateTime.parse(padded, DTM).toInstant(ZoneOffset.UTC);
  }

  static String time(Instant instant) {
    return DTM.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** A coded value as queries give it: {@code code^^scheme}. */
  static Optional<Code> code(String value) {
    String[] c = value.strip().split("\\^", -1);
    if (c.length < 3 || c[0].isBlank() || c[2].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Code(c[0], c[2], null));
  }

  /** The components of an HL7 string, empty ones included. */
  static String[] components(String value) {
    return value.split("\\^", -1);
  }

  static String component(String[] components, int index) {
    return index < components.length ? components[index].strip() : "";
  }
}

package org.dmp.it.support;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.dmp.domain.patient.Ins;
import org.dmp.it.support.DatabaseState.Sql;

/**
 * The insurer's referential as the tests feed it: a beneficiary in {@code insured_person}, as the
 * insurer's own systems would put them there in production.
 */
public final class InsuredReferential {

  private InsuredReferential() {}

  public static void add(
      DataSource db,
      Ins ins,
      String birthName,
      String firstNames,
      LocalDate birthDate,
      String email) {
    Sql.update(
        db,
        "insert into insured_person (nir, ins_oid, birth_name, first_names, sex, birth_date,"
            + " birth_place_code, email) values (?, ?, ?, ?, 'F', ?, '75056', ?)",
        ins.value(),
        ins.oid(),
        birthName,
        firstNames,
        java.sql.Date.valueOf(birthDate),
        email);
  }

  /** The six-digit code of the latest message to {@code email} in the development outbox. */
  public static String latestCode(DataSource db, String email) {
    try (var c = db.getConnection();
        var s =
            c.prepareStatement(
                "select body from dev_outbox where recipient = ? order by created_at desc limit 1")) {
      s.setString(1, email);
      try (var r = s.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("no message to " + email);
        }
        var m = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(r.getString(1));
        if (!m.find()) {
          throw new AssertionError("no code in the message to " + email);
        }
        return m.group(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

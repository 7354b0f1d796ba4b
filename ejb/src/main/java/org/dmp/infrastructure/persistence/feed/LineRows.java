package org.dmp.infrastructure.persistence.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dmp.domain.feed.Amount;
import org.dmp.domain.feed.CareCode;
import org.dmp.domain.feed.ReimbursementLine;
import org.dmp.domain.patient.Nir;
import org.dmp.domain.professional.Rpps;

/**
 * A reimbursement line read back from a row (nir, care_date, code, prescriber, provider, amount).
 */
final class LineRows {

  static final String COLUMNS = "nir, care_date, code, prescriber, provider, amount_cents";

  private LineRows() {}

  static ReimbursementLine read(ResultSet r) throws SQLException {
    String prescriber = r.getString(4);
    return new ReimbursementLine(
        new Nir(r.getString(1)),
        r.getDate(2).toLocalDate(),
        CareCode.parse(r.getString(3)),
        prescriber == null || prescriber.isBlank() ? null : new Rpps(prescriber),
        r.getString(5),
        new Amount(r.getLong(6)));
  }
}

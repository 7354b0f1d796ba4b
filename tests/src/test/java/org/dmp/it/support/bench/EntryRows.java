package org.dmp.it.support.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dmp.domain.record.RecordId;

/**
 * The search benchmarks' baseline: a record's entry rows (with their confidentiality codes)
 * selected with plain JDBC, every column read, as the least any search of them must do.
 */
public final class EntryRows {

  private EntryRows() {}

  public static void select(DataSource dataSource, RecordId record, int expected)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select e.*, c.code from document_entry e left join document_confidentiality c"
                    + " on c.document_id = e.id where e.record_id = ?")) {
      s.setObject(1, record.value());
      int rows = 0;
      try (ResultSet r = s.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          for (int i = 1; i <= columns; i++) {
            r.getObject(i);
          }
          rows++;
        }
      }
      if (rows < expected) {
        throw new IllegalStateException(rows + " rows, not " + expected);
      }
    }
  }
}

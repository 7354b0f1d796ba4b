package org.dmp.it.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dmp.application.document.DocumentView;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.shared.DmpException;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.DmpIT;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The certified-host guarantees of the content store: encrypted at rest, checked on read. */
class ContentStoreIT extends DmpIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return TestDeployment.ear(ContentStoreIT.class);
  }

  @Test
  void noPlaintextContentIsAnywhereInTheDatabase() throws SQLException {
    String marker = Fixtures.marker();
    RecordId record = openRecordForDoctor();
    DocumentView fed = feed(record, "CR", Fixtures.contentWith(marker));
    String markerAsHex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));

    // every row of every table, as text; bytea columns appear in hex
    List<String> tablesWithMarker = new ArrayList<>();
    for (String table : tables()) {
      long hits =
          Sql.count(
              dataSource,
              "select count(*) from "
                  + table
                  + " t where strpos(t::text, ?) > 0 or strpos(t::text, ?) > 0",
              marker,
              markerAsHex);
      if (hits > 0) {
        tablesWithMarker.add(table);
      }
    }

    assertThat(tablesWithMarker).isEmpty();
    assertThat(new String(read(fed.entryUuid()), StandardCharsets.UTF_8)).contains(marker);
  }

  @Test
  void alteredCiphertextIsRefusedNeverReturned() {
    RecordId record = openRecordForDoctor();
    DocumentView fed = feed(record, "CR", Fixtures.contentWith("x"));
    int altered =
        Sql.update(
            dataSource,
            "update document_content set sealed = set_byte(sealed, 20, get_byte(sealed, 20) # 1)"
                + " where record_id = ?",
            record.value());

    DmpException refused = catchThrowableOfType(DmpException.class, () -> read(fed.entryUuid()));

    assertThat(altered).isEqualTo(1);
    assertThat(refused.code()).isEqualTo("CONTENT_INTEGRITY");
  }

  @Test
  void ciphertextMovedFromAnotherDocumentIsRefused() {
    RecordId record = openRecordForDoctor();
    DocumentView victim = feed(record, "A", Fixtures.contentWith("a"));
    DocumentView other = feed(record, "B", Fixtures.contentWith("b"));
    Sql.update(
        dataSource,
        "update document_content c set sealed = (select o.sealed from document_content o"
            + " join document_entry e on e.content_id = o.id where e.id = ?)"
            + " where c.id = (select content_id from document_entry where id = ?)",
        other.entryUuid().value(),
        victim.entryUuid().value());

    DmpException refused = catchThrowableOfType(DmpException.class, () -> read(victim.entryUuid()));

    assertThat(refused.code()).isEqualTo("CONTENT_INTEGRITY");
  }

  @Test
  void aHashAlteredInTheMetadataIsDetectedOnRead() {
    RecordId record = openRecordForDoctor();
    DocumentView fed = feed(record, "CR", Fixtures.contentWith("x"));
    Sql.update(
        dataSource,
        "update document_entry set sha256 = ? where id = ?",
        "0".repeat(64),
        fed.entryUuid().value());

    DmpException refused = catchThrowableOfType(DmpException.class, () -> read(fed.entryUuid()));

    assertThat(refused.code()).isEqualTo("CONTENT_INTEGRITY");
  }

  private List<String> tables() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    assertThat(names).contains("document_content", "document_entry", "record_key");
    return names;
  }

  private byte[] read(org.dmp.domain.document.EntryUuid id) {
    return org.dmp.it.support.As.call(
        Fixtures.SOFTWARE, () -> documents.read(Fixtures.doctor(), id).content());
  }
}

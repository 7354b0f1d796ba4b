package org.dmp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.dmp.domain.patient.Ins;
import org.dmp.faults.support.AuditChains;
import org.dmp.faults.support.FaultsReport;
import org.dmp.faults.support.KeyMaterial;
import org.dmp.faults.support.Patients;
import org.dmp.faults.support.ServerUnderTest;
import org.dmp.faults.support.StoredDocuments;
import org.dmp.it.support.DatabaseState;
import org.dmp.it.support.DatabaseState.Sql;
import org.dmp.it.support.soap.XdsRequests.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./dmp backup} of a running server, then {@code ./dmp restore} on a machine that lost its
 * database and its keystore: every row comes back as it was, every document reads back
 * byte-identical and the audit chains hold. Restore refuses, changing nothing, a database that is
 * not empty, an archive whose checksum fails, and a different keystore already in place.
 */
class BackupRestoreFaultIT {

  private final ServerUnderTest server = ServerUnderTest.get();
  @TempDir Path dir;

  @Test
  void aRestoredBackupServesEveryDocumentByteIdentical() throws IOException {
    server.start();
    DataSource db = server.dataSource();
    List<Ins> patients =
        IntStream.range(0, 3).mapToObj(i -> Patients.withRecordOpenedByTheDoctor()).toList();
    List<Doc> docs = KeyMaterial.feed(patients, 3);
    Path archive = dir.resolve("dmp.backup");

    Instant begin = Instant.now();
    ServerUnderTest.Result backup = server.dmp("backup", archive.toString());
    Duration backupTook = Duration.between(begin, Instant.now());
    assertThat(backup.exitCode()).as(backup.output()).isZero();
    DatabaseState backedUp = DatabaseState.of(db);
    Duration plainDump = plainPgDump(dir.resolve("plain.dump"));
    long documents = Sql.count(db, "select count(*) from document_content");

    // a new machine: no database content, no keystore
    server.stop();
    String password = KeyMaterial.password(server);
    Sql.update(db, "drop owned by current_user");
    Files.delete(KeyMaterial.keystore(server));
    Files.delete(server.home().resolve("keys/master.password"));

    ServerUnderTest.Result withoutPassword = server.dmp("restore", archive.toString());
    assertThat(withoutPassword.exitCode()).isNotZero();
    assertThat(withoutPassword.output()).contains("set DMP_KEYSTORE_PASSWORD", "nothing changed");
    assertThat(Sql.count(db, "select count(*) from pg_tables where schemaname = 'public'"))
        .isZero();

    begin = Instant.now();
    ServerUnderTest.Result restore =
        server.dmp(Map.of("DMP_KEYSTORE_PASSWORD", password), "restore", archive.toString());
    Duration restoreTook = Duration.between(begin, Instant.now());
    assertThat(restore.exitCode()).as(restore.output()).isZero();
    assertThat(DatabaseState.of(db)).as("every row of every table").isEqualTo(backedUp);
    assertThat(KeyMaterial.password(server)).isEqualTo(password);

    server.start();
    StoredDocuments.checkRetrievable(docs);
    AuditChains.check(server);

    FaultsReport.figure(
        "./dmp backup of a running server (pg_dump custom format + keystore + manifest)",
        FaultsReport.seconds(backupTook) + ", " + Files.size(archive) / 1024 + " KiB",
        documents
            + " documents; same-run baseline, a plain pg_dump -Fc: "
            + FaultsReport.seconds(plainDump)
            + ", "
            + Files.size(dir.resolve("plain.dump")) / 1024
            + " KiB");
    FaultsReport.figure(
        "./dmp restore into an empty database (checksums, keystore, pg_restore in one transaction)",
        FaultsReport.seconds(restoreTook),
        documents + " documents");
  }

  @Test
  void restoreRefusesAndChangesNothing() throws Exception {
    server.start();
    DataSource db = server.dataSource();
    KeyMaterial.feed(List.of(Patients.withRecordOpenedByTheDoctor()), 1);
    Path archive = dir.resolve("dmp.backup");
    server.dmp("backup", archive.toString()).check();
    server.stop(); // nothing else writes meanwhile
    Path keystore = KeyMaterial.keystore(server);
    byte[] keys = Files.readAllBytes(keystore);
    DatabaseState before = DatabaseState.of(db);

    assertThat(refusal(Map.of(), archive)).contains("is not empty", "nothing changed");

    Path damaged = tampered(archive);
    assertThat(refusal(Map.of(), damaged))
        .contains("the checksum of database.dump fails", "nothing changed");

    String password = KeyMaterial.password(server);
    Path other =
        KeyMaterial.withKeyReplaced(
            keystore, password, KeyMaterial.currentAlias(db), dir.resolve("other.p12"));
    byte[] otherKeys = Files.readAllBytes(other);
    assertThat(
            refusal(
                Map.of("DMP_KEYSTORE_PATH", other.toString(), "DMP_KEYSTORE_PASSWORD", password),
                archive))
        .contains("is another keystore: refusing to overwrite it", "nothing changed");

    assertThat(DatabaseState.of(db)).isEqualTo(before);
    assertThat(Files.readAllBytes(keystore)).isEqualTo(keys);
    assertThat(Files.readAllBytes(other)).isEqualTo(otherKeys);
  }

  private String refusal(Map<String, String> env, Path archive) {
    ServerUnderTest.Result r = server.dmp(env, "restore", archive.toString());
    assertThat(r.exitCode()).as(r.output()).isNotZero();
    return r.output();
  }

  /** The archive with one byte of its database dump changed (tar, extracted and packed again). */
  private Path tampered(Path archive) throws Exception {
    Path parts = Files.createDirectory(dir.resolve("parts"));
    run("tar", "-xf", archive.toString(), "-C", parts.toString());
    Path dump = parts.resolve("database.dump");
    byte[] bytes = Files.readAllBytes(dump);
    bytes[bytes.length / 2] ^= 1;
    Files.write(dump, bytes);
    Path damaged = dir.resolve("damaged.backup");
    run(
        "tar",
        "-cf",
        damaged.toString(),
        "-C",
        parts.toString(),
        "manifest.txt",
        "database.dump",
        "master.p12");
    return damaged;
  }

  /** The baseline: pg_dump alone, custom format, of the same database. */
  private Duration plainPgDump(Path out) {
    Instant begin = Instant.now();
    ProcessBuilder pg =
        new ProcessBuilder(
            "pg_dump",
            "--format=custom",
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(server.databasePort()),
            "-U",
            "dmp",
            "-d",
            "dmp",
            "-f",
            out.toString());
    pg.environment().put("PGPASSWORD", "dmp");
    run(pg);
    return Duration.between(begin, Instant.now());
  }

  private static void run(String... command) {
    run(new ProcessBuilder(command));
  }

  private static void run(ProcessBuilder builder) {
    try {
      Process p = builder.redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).as(String.join(" ", builder.command()) + ": " + out).isZero();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

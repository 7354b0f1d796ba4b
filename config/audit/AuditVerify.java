import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.dmp.domain.audit.verification.BrokenLink;
import org.dmp.domain.audit.verification.TrailReport;
import org.dmp.infrastructure.audit.AuditKeys;
import org.dmp.infrastructure.audit.JdbcTrailVerification;

/**
 * ./dmp audit verify [RECORD_ID]: the audit trail's verification run by an operator on the
 * database (JDBC), with the server's own verifier classes (the ejb jar on the class path) and the
 * audit public keys of the server's keystore. Arguments: JDBC URL, user, then the record's id or
 * nothing for the whole trail; the database password (DMP_DB_PASSWORD) and the keystore
 * (DMP_KEYSTORE_PATH, DMP_KEYSTORE_PASSWORD) come from the environment, never the command line.
 * Exit status: 0 intact, 3 broken (the first broken link is printed; ./dmp makes it 1, so that a
 * failure of the JVM itself is never taken for a verdict), 2 could not run.
 */
public class AuditVerify {

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      fail("usage: AuditVerify JDBC_URL USER [RECORD_ID]");
    }
    UUID record = null;
    if (args.length == 3) {
      try {
        record = UUID.fromString(args[2].strip());
      } catch (IllegalArgumentException e) {
        fail("not a record id (a UUID): " + args[2]);
      }
    }
    AuditKeys keys;
    try {
      keys =
          AuditKeys.verifying(
              Path.of(env("DMP_KEYSTORE_PATH")), env("DMP_KEYSTORE_PASSWORD").toCharArray());
    } catch (IllegalStateException e) {
      fail(e.getMessage());
      return;
    }
    TrailReport report = null;
    long start = System.nanoTime();
    try (Connection c =
        DriverManager.getConnection(args[0], args[1], System.getenv("DMP_DB_PASSWORD"))) {
      JdbcTrailVerification verification = new JdbcTrailVerification(c, keys::publicKey);
      if (record == null) {
        report = verification.wholeTrail();
      } else if (!verification.chainExists(record.toString())) {
        fail("no audit chain for record " + record + " (unknown record)");
      } else {
        report = verification.record(record);
      }
    } catch (Exception e) {
      fail("could not verify the audit trail: " + e.getMessage());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String what = record == null ? "audit trail" : "audit chain of record " + record;
    String counts =
        String.format(
            "%d chains, %d events, %d anchors checked in %.1f s",
            report.chains(), report.events(), report.anchors(), seconds);
    if (report.intact()) {
      System.out.println(what + " intact: " + counts);
      System.exit(0);
    }
    BrokenLink broken = report.firstBroken();
    System.out.println(what + " BROKEN: " + counts);
    System.out.println("first broken link: " + broken.describe());
    System.out.println("premier maillon rompu : " + broken.french());
    System.exit(3);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      fail(name + " is not set");
    }
    return value;
  }

  private static void fail(String message) {
    System.err.println("dmp: " + message);
    System.exit(2);
  }
}

package org.dmp.application.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dmp.application.access.DenialAudit;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.audit.AuditEntry;
import org.dmp.domain.audit.AuditEvent;
import org.dmp.domain.audit.verification.TrailReport;
import org.dmp.domain.record.RecordId;
import org.dmp.domain.record.RecordNotFoundException;
import org.dmp.infrastructure.audit.AuditSigning;
import org.dmp.infrastructure.audit.JdbcTrailVerification;

/**
 * The auditors' verification of the audit trail: the whole trail, or one record's chain (also a
 * purged record's: its chain outlives it). The trail is read in a snapshot of its own, outside any
 * transaction of the application; the verification itself is audited on the server's chain (never
 * on the chain verified, which would change what was just verified).
 */
@Stateless
@DenyAll
@ApplicationService
public class AuditVerification {

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @EJB AuditSigning signing;
  @EJB DenialAudit audit; // appends in a transaction of its own

  /** The whole trail. */
  @RolesAllowed(Roles.AUDITOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TrailReport wholeTrail(@NotNull Caller auditor) {
    TrailReport report = run(null);
    audited(auditor, "trail", report);
    return report;
  }

  /**
   * One record's chain.
   *
   * @throws RecordNotFoundException when no chain of that record exists
   */
  @RolesAllowed(Roles.AUDITOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TrailReport record(@NotNull Caller auditor, @NotNull RecordId record) {
    TrailReport report = run(record);
    audited(auditor, "record " + record, report);
    return report;
  }

  private TrailReport run(RecordId record) {
    try (Connection c = dataSource.getConnection()) {
      JdbcTrailVerification verification = new JdbcTrailVerification(c, signing.keys()::publicKey);
      if (record == null) {
        return verification.wholeTrail();
      }
      if (!verification.chainExists(AuditEvent.chainOf(record.value()))) {
        throw RecordNotFoundException.forId(record);
      }
      return verification.record(record.value());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the audit trail: " + e.getMessage(), e);
    }
  }

  private void audited(Caller auditor, String what, TrailReport report) {
    String outcome =
        report.intact()
            ? "intact"
            : "broken at "
                + report.firstBroken().chainId()
                + " #"
                + report.firstBroken().seq()
                + " "
                + report.firstBroken().problem();
    audit.record(
        AuditEntry.allowed(auditor, AuditAction.VERIFY_AUDIT_TRAIL, null, null, "AUDITOR")
            .withDetail(what + ": " + outcome));
  }
}

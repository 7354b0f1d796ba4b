package org.dmp.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The audit signing keys, loaded once from the server's keystore at deployment, and the anchors'
 * settings ({@code config/cli/audit.cli}): a missing signing key stops the deployment with a
 * message saying what to add, as a missing master key does.
 */
@Singleton
@PermitAll // internal: called by the application, never by a boundary
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditSigning {

  private static final Logger LOG = Logger.getLogger(AuditSigning.class.getName());

  static final String KEY_ALIAS = "dmp.audit.key-alias";
  static final String ANCHOR_INTERVAL = "dmp.audit.anchor-interval";

  private AuditKeys keys;
  private Duration interval;

  @PostConstruct
  void load() {
    String path = System.getProperty("dmp.keystore.path", "");
    keys =
        AuditKeys.load(
            path.isBlank() ? null : Path.of(path),
            System.getProperty("dmp.keystore.password", "").toCharArray(),
            System.getProperty(KEY_ALIAS, "dmp-audit-1"));
    String configured = System.getProperty(ANCHOR_INTERVAL, "PT1H").strip();
    try {
      interval = Duration.parse(configured.isEmpty() ? "PT1H" : configured);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          ANCHOR_INTERVAL + " = '" + configured + "': an ISO-8601 duration is expected (PT1H)", e);
    }
    if (interval.toSeconds() < 1) {
      throw new IllegalStateException(ANCHOR_INTERVAL + " = " + interval + ": one second at least");
    }
    LOG.info(
        () -> "Audit signing key '" + keys.currentAlias() + "' loaded; anchors every " + interval);
  }

  public AuditKeys keys() {
    return keys;
  }

  /** How often the server writes an anchor. */
  public Duration anchorInterval() {
    return interval;
  }
}

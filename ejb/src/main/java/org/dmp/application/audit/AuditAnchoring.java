package org.dmp.application.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dmp.domain.audit.verification.Anchor;
import org.dmp.infrastructure.audit.AuditSigning;
import org.dmp.infrastructure.audit.JdbcAnchorWriter;

/**
 * Writes a signed anchor of the audit trail at the configured interval (a non-persistent timer: a
 * server that was down anchors at its next tick, and nothing is lost since the heads keep what was
 * not anchored). Each anchor is logged at INFO with its digest: operators ship those lines off the
 * host, which is what makes deleting the newest anchors (and the events they covered) detectable.
 * Two servers may run it: they take the anchors' lock row in turn.
 */
@Singleton
@Startup
@PermitAll // internal: run by its timer (and by tests), never by a boundary
public class AuditAnchoring {

  private static final Logger LOG = Logger.getLogger(AuditAnchoring.class.getName());

  @Resource TimerService timers;
  @Resource SessionContext context;

  @Resource(lookup = "java:jboss/datasources/DmpDS")
  DataSource dataSource;

  @EJB AuditSigning signing;
  @Inject Clock clock;

  @PostConstruct
  void schedule() {
    long every = signing.anchorInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("audit anchors", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      AuditAnchoring self = context.getBusinessObject(AuditAnchoring.class);
      Anchor anchor;
      do { // a full anchor leaves a backlog: the next one at once, each in its own transaction
        anchor = self.anchor();
      } while (anchor != null && anchor.chains() == JdbcAnchorWriter.MAX_CHAINS);
    } catch (RuntimeException e) {
      // the next tick anchors what this one could not
      LOG.log(Level.WARNING, "Audit anchor not written: " + e, e);
    }
  }

  /** Writes the next anchor now, in a transaction of its own; null when no chain advanced. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Anchor anchor() {
    try (Connection c = dataSource.getConnection()) {
      Anchor anchor = JdbcAnchorWriter.write(c, signing.keys(), clock.instant());
      if (anchor != null) {
        LOG.info(
            () ->
                "Audit anchor "
                    + anchor.seq()
                    + " id="
                    + anchor.id()
                    + " at="
                    + anchor.createdAt()
                    + " chains="
                    + anchor.chains()
                    + " key="
                    + anchor.keyAlias()
                    + " digest="
                    + anchor.digest());
      }
      return anchor;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the audit anchor: " + e.getMessage(), e);
    }
  }
}

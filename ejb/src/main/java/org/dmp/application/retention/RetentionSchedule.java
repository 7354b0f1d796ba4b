package org.dmp.application.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention job every night at 03:15, Paris time, when the counters and practices are
 * quiet. Not persistent: each server has its own timer (none is lost with a server, none is shared
 * through the database), which is safe because the job is ({@link Retention}). A singleton, so that
 * one server never runs it twice at once.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionSchedule {

  /** The timer's info, as the management model lists it. */
  public static final String TIMER = "dmp-retention";

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @EJB Retention retention;

  @Schedule(hour = "3", minute = "15", timezone = "Europe/Paris", persistent = false, info = TIMER)
  void nightly() {
    try {
      retention.run();
    } catch (RuntimeException e) {
      // a timer whose callback throws is retried at once by the container: tomorrow is enough
      LOG.log(Level.SEVERE, "retention job failed", e);
    }
  }
}

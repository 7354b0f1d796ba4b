package org.dmp.infrastructure.contentstore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Master key rotation in the background: every few seconds, takes a new current key the registry
 * names ({@code ./dmp keys rotate} added it), then re-wraps the data keys still under older keys,
 * batch after batch, each batch its own transaction, and retires each older key once no data key is
 * wrapped under it. All its state is in the database: after a crash or a restart it goes on where
 * it stopped. Reads never wait for it: a data key opens under its old or its new key, both loaded,
 * until the old one is retired.
 */
@Singleton
@Startup
@DependsOn("MasterKeys")
@PermitAll // internal: the container's timer calls it
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotation {

  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  /** Data keys per transaction: a short lock on few rows, still few commits for 10,000 records. */
  static final int BATCH = 500;

  /** Between two ticks. */
  private static final Duration PERIOD = Duration.ofSeconds(2);

  /** Work per tick, so that a long rotation leaves the database to the others between ticks. */
  private static final Duration TICK_WORK = Duration.ofMillis(1500);

  @Inject MasterKeys masterKeys;
  @Inject MasterKeyRegistry registry;
  @EJB DataKeyRewrap rewrap;

  @Resource TimerService timers;

  /** The first tick; each tick schedules the next when it ends, so that ticks never overlap. */
  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(PERIOD.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void tick() {
    try {
      rotate();
    } finally {
      schedule();
    }
  }

  private void rotate() {
    try {
      masterKeys.refresh();
      String current = masterKeys.currentAlias();
      List<String> older = registry.olderThan(current);
      if (older.isEmpty()) {
        return;
      }
      long total = 0;
      for (int done = rewrap.batch(BATCH); done > 0; done = rewrap.batch(BATCH)) {
        total += done;
      }
      if (total > 0) {
        long count = total;
        LOG.info(
            () -> "Master key rotation: " + count + " data key(s) re-wrapped under " + current);
      }
      for (String alias : older) {
        if (rewrap.retireIfUnused(alias)) {
          LOG.info(
              () ->
                  "Master key rotation: '"
                      + alias
                      + "' retired (no data key under it): remove it from the keystore");
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Master key rotation stopped; it goes on at the next tick", e);
    }
  }
}

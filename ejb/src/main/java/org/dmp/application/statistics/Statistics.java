package org.dmp.application.statistics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.dmp.application.shared.ApplicationService;
import org.dmp.application.shared.Roles;
import org.dmp.domain.statistics.ActivityStatistics;
import org.dmp.domain.statistics.StatisticsPeriod;

/** Activity statistics over a period, as JSON-ready counts. */
@Stateless
@DenyAll
@ApplicationService
public class Statistics {

  @Inject ActivityStatistics statistics;
  @Resource SessionContext context;

  /**
   * The report: per-professional lines only for the insurer's supervisors and auditors; feeding
   * systems (the insurer's and others) and institutions get the aggregate counts.
   */
  @RolesAllowed({Roles.INSTITUTION, Roles.FEED_SYSTEM, Roles.AUDITOR, Roles.COUNTER_SUPERVISOR})
  public StatisticsReport report(@NotNull StatisticsPeriod period) {
    boolean nationwide =
        context.isCallerInRole(Roles.AUDITOR) || context.isCallerInRole(Roles.COUNTER_SUPERVISOR);
    return new StatisticsReport(
        period,
        statistics.recordsOpened(period),
        statistics.documentsFed(period),
        nationwide ? statistics.professionals(period) : List.of(),
        nationwide);
  }

  /**
   * The pharmacies' statement: per pharmacy, the records opened at its counter (channel PHARMACY)
   * from {@code from} to {@code to} (French days, both included, {@value StatisticsPeriod#MAX_DAYS}
   * days at most) and the amount owed for them; for the insurer's supervisors and auditors only (it
   * names the pharmacies and what they are paid).
   *
   * @throws org.dmp.domain.shared.InvalidValueException {@code STATISTICS_PERIOD} for a missing,
   *     backwards or too long period
   */
  @RolesAllowed({Roles.COUNTER_SUPERVISOR, Roles.AUDITOR})
  public PharmacyStatement pharmacyOpenings(LocalDate from, LocalDate to) {
    StatisticsPeriod period = new StatisticsPeriod(from, to);
    return PharmacyStatement.of(period, statistics.pharmacyOpenings(period));
  }
}

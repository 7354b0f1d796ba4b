package org.dmp.domain.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.dmp.domain.shared.InvalidValueException;

/**
 * The days a statistics request covers, both included, in French time (a day is a day at the
 * counter). At most {@value #MAX_DAYS} days: longer periods are asked year by year, which keeps
 * each query over the audit trail bounded.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_DAYS = 366;

  public StatisticsPeriod {
    if (from == null || to == null) {
      throw new InvalidValueException(
          "STATISTICS_PERIOD",
          "La période (from, to) est obligatoire",
          "The period (from, to) is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidValueException(
          "STATISTICS_PERIOD",
          "La fin de la période (" + to + ") précède son début (" + from + ")",
          "The period's end (" + to + ") is before its start (" + from + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidValueException(
          "STATISTICS_PERIOD",
          "Période trop longue : " + MAX_DAYS + " jours au plus",
          "Period too long: " + MAX_DAYS + " days at most");
    }
  }
}

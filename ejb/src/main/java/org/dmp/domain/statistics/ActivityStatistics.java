package org.dmp.domain.statistics;

import java.time.LocalDate;
import java.util.List;

/** The counts behind the statistics, computed by the database over a period. */
public interface ActivityStatistics {

  /** Records opened per day, by opening channel and by the patient's department of birth. */
  List<RecordsOpened> recordsOpened(StatisticsPeriod period);

  /** Documents fed per day, by classCode and by source (channel and kind of author). */
  List<DocumentsFed> documentsFed(StatisticsPeriod period);

  /** Each professional's allowed feedings and document readings over the period. */
  List<ProfessionalActivity> professionals(StatisticsPeriod period);

  /**
   * The records opened through the {@code PHARMACY} channel over the period, per pharmacy (the
   * FINESS the opener acted in; {@code null} for openings whose pharmacy was not recorded), most
   * openings first.
   */
  List<PharmacyOpenings> pharmacyOpenings(StatisticsPeriod period);

  record RecordsOpened(LocalDate day, String channel, String department, long count) {}

  record DocumentsFed(
      LocalDate day, String classCode, String channel, String authorKind, long count) {}

  /** A pharmacy's openings; {@code name} is the latest name it was recorded with, or null. */
  record PharmacyOpenings(String finess, String name, long openings) {}

  record ProfessionalActivity(String rpps, String name, long fed, long consulted) {}
}

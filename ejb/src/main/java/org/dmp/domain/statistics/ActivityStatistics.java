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

  record RecordsOpened(LocalDate day, String channel, String department, long count) {}

  record DocumentsFed(
      LocalDate day, String classCode, String channel, String authorKind, long count) {}

  record ProfessionalActivity(String rpps, String name, long fed, long consulted) {}
}

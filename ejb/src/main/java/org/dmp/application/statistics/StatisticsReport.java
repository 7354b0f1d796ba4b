package org.dmp.application.statistics;

import java.util.List;
import org.dmp.domain.statistics.ActivityStatistics.DocumentsFed;
import org.dmp.domain.statistics.ActivityStatistics.ProfessionalActivity;
import org.dmp.domain.statistics.ActivityStatistics.RecordsOpened;
import org.dmp.domain.statistics.StatisticsPeriod;

/**
 * What {@link Statistics} answers; {@code professionalsIncluded} says whether the professionals'
 * lines were left out (an institution's report) or there were none.
 */
public record StatisticsReport(
    StatisticsPeriod period,
    List<RecordsOpened> recordsOpened,
    List<DocumentsFed> documentsFed,
    List<ProfessionalActivity> professionals,
    boolean professionalsIncluded) {}

package org.dmp.interfaces.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dmp.application.statistics.PharmacyStatement;
import org.dmp.application.statistics.StatisticsReport;
import org.dmp.domain.statistics.ActivityStatistics.DocumentsFed;
import org.dmp.domain.statistics.ActivityStatistics.ProfessionalActivity;
import org.dmp.domain.statistics.ActivityStatistics.RecordsOpened;
import org.dmp.domain.statistics.StatisticsPeriod;
import org.junit.jupiter.api.Test;

class DashboardViewTest {

  private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate D3 = LocalDate.of(2026, 3, 3);
  private static final StatisticsPeriod PERIOD = new StatisticsPeriod(D1, D3);

  private static DashboardView view(Locale locale) {
    StatisticsReport report =
        new StatisticsReport(
            PERIOD,
            List.of(
                new RecordsOpened(D1, "COUNTER", "13", 4),
                new RecordsOpened(D1, "PHARMACY", "75", 1),
                new RecordsOpened(D3, "ONLINE", "13", 2),
                new RecordsOpened(D3, "ONLINE", "??", 7)),
            List.of(
                new DocumentsFed(D1, "11", "SOAP", "PROFESSIONAL", 2),
                new DocumentsFed(D3, "10", "FHIR", "PROFESSIONAL", 1)),
            List.of(
                new ProfessionalActivity("10000000001", "Dr A", 1, 0),
                new ProfessionalActivity("10000000002", "Dr B", 2, 9)),
            true);
    PharmacyStatement statement =
        new PharmacyStatement(
            PERIOD,
            List.of(
                new PharmacyStatement.Line(
                    "990000001", "Pharmacie", 1234, new BigDecimal("1234.00")),
                new PharmacyStatement.Line(null, null, 1, new BigDecimal("1.00"))),
            1235,
            new BigDecimal("1235.00"));
    ResourceBundle texts = ResourceBundle.getBundle("org.dmp.interfaces.web.i18n.counter", locale);
    return new DashboardView(report, statement, locale, texts::getString);
  }

  @Test
  void channelsPerDayListOnlyTheDaysWithOpeningsInTheChannelsOrder() {
    DailyCounts channels = view(Locale.FRENCH).getChannels();

    assertThat(channels.getCategories())
        .extracting(DailyCounts.Category::key)
        .containsExactly("ONLINE", "COUNTER", "PHARMACY", "PROFESSIONAL", "INSTITUTION");
    assertThat(channels.getDays())
        .extracting(DailyCounts.Day::iso)
        .containsExactly("2026-03-01", "2026-03-03");
    assertThat(channels.getDays().get(0).counts()).containsExactly(0L, 4L, 1L, 0L, 0L);
    assertThat(channels.getTotals()).containsExactly(9L, 4L, 1L, 0L, 0L);
    assertThat(channels.getTotal()).isEqualTo(14);
    assertThat(channels.getChart())
        .contains(
            "aria-label=\"Dossiers ouverts par jour et par canal, du 2026-03-01 au 2026-03-03 : 14"
                + " (En ligne (patient) 9, Guichet de l&#39;Assurance Maladie 4, Pharmacie 1)\"");
  }

  @Test
  void departmentsComeMostFirstWithBarsRelativeToTheLargest() {
    assertThat(view(Locale.FRENCH).getDepartments())
        .containsExactly(
            new DashboardView.Department("??", "Lieu de naissance inconnu", 7, 100),
            new DashboardView.Department("13", "13", 6, 86),
            new DashboardView.Department("75", "75", 1, 14));
  }

  @Test
  void theStatementsAmountsAreInEurosTheReadersWay() {
    DashboardView view = view(Locale.FRENCH);

    assertThat(view.getPharmacies())
        .containsExactly(
            new DashboardView.Pharmacy("990000001", "Pharmacie", 1234, "1\u00a0234,00\u00a0€"),
            new DashboardView.Pharmacy("", "Pharmacie non enregistrée", 1, "1,00\u00a0€"));
    assertThat(view.getPharmacyAmount()).isEqualTo("1\u00a0235,00\u00a0€");
    assertThat(view(Locale.ENGLISH).getPharmacyAmount()).isEqualTo("€1,235.00");
  }

  @Test
  void professionalsComeMostActiveFirstWithTheirRatesPerDay() {
    assertThat(view(Locale.FRENCH).getProfessionals())
        .containsExactly(
            new DashboardView.Professional("10000000002", "Dr B", 2, 9, "0,7", "3,0"),
            new DashboardView.Professional("10000000001", "Dr A", 1, 0, "0,3", "0,0"));
  }

  @Test
  void documentsFedShowOnlyTheClassesFedInTheClassesOrder() {
    DailyCounts classes = view(Locale.ENGLISH).getClasses();

    assertThat(classes.getCategories())
        .extracting(DailyCounts.Category::label)
        .containsExactly("Report (10)", "Synthesis (11)");
    assertThat(classes.getTotals()).containsExactly(1L, 2L);
  }
}

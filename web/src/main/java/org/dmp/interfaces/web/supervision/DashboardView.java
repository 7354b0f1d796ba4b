package org.dmp.interfaces.web.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dmp.application.statistics.PharmacyStatement;
import org.dmp.application.statistics.StatisticsReport;
import org.dmp.domain.document.ClassCode;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.statistics.ActivityStatistics.ProfessionalActivity;
import org.dmp.domain.statistics.ActivityStatistics.RecordsOpened;
import org.dmp.domain.statistics.StatisticsPeriod;

/**
 * What the supervisors' dashboard shows for a period, from the statistics service's answers: the
 * records opened per day by channel, the openings by department, the pharmacies' statement, the
 * professionals' activity and the documents fed per day by class. Pure translation, no rule.
 */
public final class DashboardView {

  /** A department (of birth), its openings and its bar's length in percent of the largest. */
  public record Department(String code, String label, long openings, int percent) {}

  /** A pharmacy's line of the statement, the amount written for the reader. */
  public record Pharmacy(String finess, String name, long openings, String amount) {}

  /** A professional's documents fed and read over the period, in all and per day. */
  public record Professional(
      String rpps,
      String name,
      long fed,
      long consulted,
      String fedPerDay,
      String consultedPerDay) {

    long activity() {
      return fed + consulted;
    }
  }

  private final long days;
  private final DailyCounts channels;
  private final List<Department> departments;
  private final List<Pharmacy> pharmacies;
  private final long pharmacyOpenings;
  private final String pharmacyAmount;
  private final List<Professional> professionals;
  private final DailyCounts classes;

  /**
   * @param text the page's texts by key (the {@code counter} bundle in the reader's language)
   */
  public DashboardView(
      StatisticsReport report,
      PharmacyStatement statement,
      Locale locale,
      UnaryOperator<String> text) {
    StatisticsPeriod period = report.period();
    days = period.to().toEpochDay() - period.from().toEpochDay() + 1;
    channels = channels(report, locale, text);
    departments = departments(report.recordsOpened(), text);
    pharmacies =
        statement.lines().stream()
            .map(
                l ->
                    new Pharmacy(
                        l.finess() == null ? "" : l.finess(),
                        l.name() != null
                            ? l.name()
                            : l.finess() == null ? text.apply("dashboard.pharmacies.unknown") : "",
                        l.openings(),
                        Amounts.euros(l.amount(), locale)))
            .toList();
    pharmacyOpenings = statement.openings();
    pharmacyAmount = Amounts.euros(statement.amount(), locale);
    professionals = professionals(report.professionals(), days, locale);
    classes = classes(report, locale, text);
  }

  private static DailyCounts channels(
      StatisticsReport report, Locale locale, UnaryOperator<String> text) {
    List<DailyCounts.Category> categories = new ArrayList<>();
    for (OpeningChannel c : OpeningChannel.values()) {
      categories.add(
          new DailyCounts.Category(
              c.name(), text.apply("dashboard.channel." + c.name()), BarChart.colour(c.ordinal())));
    }
    List<DailyCounts.Count> counts =
        report.recordsOpened().stream()
            .map(r -> new DailyCounts.Count(r.day(), r.channel(), r.count()))
            .toList();
    return new DailyCounts(
        "channels-chart",
        describe(
            text.apply("dashboard.channels.chart"), report.period(), locale, categories, counts),
        report.period(),
        categories,
        counts,
        locale);
  }

  private static DailyCounts classes(
      StatisticsReport report, Locale locale, UnaryOperator<String> text) {
    boolean english = locale.getLanguage().equals("en");
    List<DailyCounts.Category> categories = new ArrayList<>();
    for (ClassCode c : ClassCode.values()) {
      boolean present =
          report.documentsFed().stream().anyMatch(d -> d.classCode().equals(c.code()));
      if (present) {
        categories.add(
            new DailyCounts.Category(
                c.code(),
                (english ? c.english() : c.french()) + " (" + c.code() + ")",
                BarChart.colour(c.ordinal())));
      }
    }
    List<DailyCounts.Count> counts =
        report.documentsFed().stream()
            .map(d -> new DailyCounts.Count(d.day(), d.classCode(), d.count()))
            .toList();
    return new DailyCounts(
        "classes-chart",
        describe(
            text.apply("dashboard.classes.chart"), report.period(), locale, categories, counts),
        report.period(),
        categories,
        counts,
        locale);
  }

  /** The chart's text alternative: what, when, how many in all and per category. */
  private static String describe(
      String what,
      StatisticsPeriod period,
      Locale locale,
      List<DailyCounts.Category> categories,
      List<DailyCounts.Count> counts) {
    long total = counts.stream().mapToLong(DailyCounts.Count::count).sum();
    String summary = DailyCounts.summary(categories, counts);
    boolean english = locale.getLanguage().equals("en");
    return what
        + (english ? ", from " : ", du ")
        + period.from()
        + (english ? " to " : " au ")
        + period.to()
        + (english ? ": " : " : ")
        + total
        + (summary.isEmpty() ? "" : " (" + summary + ")");
  }

  private static List<Department> departments(
      List<RecordsOpened> opened, UnaryOperator<String> text) {
    Map<String, Long> byDepartment = new LinkedHashMap<>();
    for (RecordsOpened r : opened) {
      byDepartment.merge(r.department(), r.count(), Long::sum);
    }
    long max = byDepartment.values().stream().mapToLong(Long::longValue).max().orElse(1);
    return byDepartment.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(
            e ->
                new Department(
                    e.getKey(),
                    switch (e.getKey()) {
                      case "99" -> text.apply("dashboard.departments.abroad");
                      case "??" -> text.apply("dashboard.departments.unknown");
                      default -> e.getKey();
                    },
                    e.getValue(),
                    (int) Math.max(1, Math.round(100.0 * e.getValue() / max))))
        .toList();
  }

  private static List<Professional> professionals(
      List<ProfessionalActivity> activity, long days, Locale locale) {
    return activity.stream()
        .map(
            p ->
                new Professional(
                    p.rpps(),
                    p.name(),
                    p.fed(),
                    p.consulted(),
                    Amounts.perDay(p.fed(), days, locale),
                    Amounts.perDay(p.consulted(), days, locale)))
        .sorted(
            Comparator.comparingLong(Professional::activity)
                .reversed()
                .thenComparing(Professional::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Professional::rpps))
        .toList();
  }

  public long getDays() {
    return days;
  }

  public DailyCounts getChannels() {
    return channels;
  }

  public List<Department> getDepartments() {
    return departments;
  }

  public List<Pharmacy> getPharmacies() {
    return pharmacies;
  }

  public long getPharmacyOpenings() {
    return pharmacyOpenings;
  }

  public String getPharmacyAmount() {
    return pharmacyAmount;
  }

  public List<Professional> getProfessionals() {
    return professionals;
  }

  public DailyCounts getClasses() {
    return classes;
  }
}

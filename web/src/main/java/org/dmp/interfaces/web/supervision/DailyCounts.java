package org.dmp.interfaces.web.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.dmp.domain.statistics.StatisticsPeriod;

/**
 * Counts per day and per category (a channel, a class of document) over a period, as a stacked bar
 * chart (every day of the period gets a bar) and as the table that says the same in words (only the
 * days with something, then the totals).
 */
public final class DailyCounts {

  /** A category: its key in the statistics, what the page calls it, its colour in the chart. */
  public record Category(String key, String label, String colour) {}

  /** A day with something: its counts in the categories' order, and its total. */
  public record Day(String iso, String label, List<Long> counts, long total) {}

  /** One count of the statistics. */
  public record Count(LocalDate day, String key, long count) {}

  private final List<Category> categories;
  private final List<Day> days;
  private final List<Long> totals;
  private final long total;
  private final String chart;

  /**
   * @param categories the categories in the order of the columns and of the stacks; counts of a key
   *     not among them are left out
   */
  public DailyCounts(
      String chartId,
      String description,
      StatisticsPeriod period,
      List<Category> categories,
      List<Count> counts,
      Locale locale) {
    this.categories = List.copyOf(categories);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      index.put(categories.get(i).key(), i);
    }
    int length = (int) (period.to().toEpochDay() - period.from().toEpochDay() + 1);
    long[][] values = new long[length][categories.size()];
    for (Count c : counts) {
      Integer i = index.get(c.key());
      int d = (int) (c.day().toEpochDay() - period.from().toEpochDay());
      if (i != null && d >= 0 && d < length) {
        values[d][i] += c.count();
      }
    }
    DateTimeFormatter longDay =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    DateTimeFormatter shortDay =
        DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "MM/dd" : "dd/MM", locale);
    List<Day> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    long[] sums = new long[categories.size()];
    for (int d = 0; d < length; d++) {
      LocalDate day = period.from().plusDays(d);
      columns.add(day.format(shortDay));
      long dayTotal = LongStream.of(values[d]).sum();
      for (int i = 0; i < sums.length; i++) {
        sums[i] += values[d][i];
      }
      if (dayTotal > 0) {
        rows.add(
            new Day(
                day.toString(),
                day.format(longDay),
                LongStream.of(values[d]).boxed().toList(),
                dayTotal));
      }
    }
    this.days = List.copyOf(rows);
    this.totals = LongStream.of(sums).boxed().toList();
    this.total = LongStream.of(sums).sum();
    this.chart =
        BarChart.svg(
            chartId,
            description,
            columns,
            categories.stream().map(c -> new BarChart.Series(c.label(), c.colour())).toList(),
            values);
  }

  public List<Category> getCategories() {
    return categories;
  }

  public List<Day> getDays() {
    return days;
  }

  public List<Long> getTotals() {
    return totals;
  }

  public long getTotal() {
    return total;
  }

  /** The SVG, to be written as it is ({@code escape="false"}): {@link BarChart} escapes text. */
  public String getChart() {
    return chart;
  }

  /** "Counter 3, Pharmacy 2": the totals per category, for the chart's text alternative. */
  public static String summary(List<Category> categories, List<Count> counts) {
    Map<String, Long> sums = new LinkedHashMap<>();
    for (Category c : categories) {
      sums.put(c.key(), 0L);
    }
    for (Count c : counts) {
      sums.computeIfPresent(c.key(), (k, v) -> v + c.count());
    }
    List<String> parts = new ArrayList<>();
    for (Category c : categories) {
      long n = sums.get(c.key());
      if (n > 0) {
        parts.add(c.label() + " " + n);
      }
    }
    return String.join(", ", parts);
  }
}

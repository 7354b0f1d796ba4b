package org.dmp.interfaces.web.supervision;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as inline SVG, drawn on the server: one bar per column (a day), stacked by series (a
 * channel, a class of document), a legend under it. No script: the page stays readable without
 * JavaScript, and the drawing is a string that a unit test can read. The SVG is an image with a
 * text alternative ({@code role="img"}, {@code aria-label}); the page shows the same numbers in a
 * table below it. Colours are the Okabe–Ito palette, told apart by colour-blind readers.
 */
public final class BarChart {

  /** One stacked part of the bars, with what the legend calls it. */
  public record Series(String label, String colour) {}

  static final String[] PALETTE = {
    "#000091", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D00", "#5A5A5A",
    "#0072B2", "#7F3C8D", "#11A579"
  };

  static final int WIDTH = 800;
  static final int PLOT_HEIGHT = 240;
  static final int LEFT = 56;
  static final int RIGHT = 16;
  static final int TOP = 16;
  static final int AXIS = 36;
  static final int LEGEND_ROW = 26;
  static final int LEGEND_PER_ROW = 3;

  private BarChart() {}

  /** The colour of the {@code i}-th series, the same from one chart to the next. */
  public static String colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  /**
   * The chart.
   *
   * @param id the SVG element's id
   * @param description its text alternative: what it shows and the totals
   * @param columns the bars' labels, left to right (every column gets a bar, even an empty one)
   * @param series the stacked parts, bottom to top
   * @param values {@code values[column][series]}
   */
  public static String svg(
      String id, String description, List<String> columns, List<Series> series, long[][] values) {
    long max = 0;
    for (long[] column : values) {
      long total = 0;
      for (long v : column) {
        total += v;
      }
      max = Math.max(max, total);
    }
    long top = niceCeiling(max);
    int legendRows = (series.size() + LEGEND_PER_ROW - 1) / LEGEND_PER_ROW;
    int height = TOP + PLOT_HEIGHT + AXIS + legendRows * LEGEND_ROW + 8;
    double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, columns.size());
    double barWidth = Math.max(1, slot * 0.8);
    int baseline = TOP + PLOT_HEIGHT;

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
        .append(escape(id))
        .append("\" class=\"chart\" role=\"img\" aria-label=\"")
        .append(escape(description))
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" preserveAspectRatio=\"xMinYMin meet\">");
    svg.append("<title>").append(escape(description)).append("</title>");
    // the scale: 0, half and the top, with their lines
    long[] ticks = top % 2 == 0 ? new long[] {0, top / 2, top} : new long[] {0, top};
    for (long tick : ticks) {
      double y = baseline - (double) tick / top * PLOT_HEIGHT;
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#929292\""
                      + " stroke-width=\"1\"/>",
                  LEFT,
                  y,
                  WIDTH - RIGHT,
                  y))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"14\">%d</text>",
                  LEFT - 8,
                  y + 5,
                  tick));
    }
    // the bars
    for (int c = 0; c < columns.size(); c++) {
      double x = LEFT + c * slot + (slot - barWidth) / 2;
      double y = baseline;
      for (int s = 0; s < series.size(); s++) {
        long v = values[c][s];
        if (v <= 0) {
          continue;
        }
        double h = (double) v / top * PLOT_HEIGHT;
        y -= h;
        svg.append(
                String.format(
                    Locale.ROOT,
                    "<rect class=\"bar-part\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " fill=\"%s\" data-value=\"%d\">",
                    x,
                    y,
                    barWidth,
                    h,
                    series.get(s).colour(),
                    v))
            .append("<title>")
            .append(escape(columns.get(c) + " — " + series.get(s).label() + " : " + v))
            .append("</title></rect>");
      }
    }
    // the columns' labels: at most about twelve, so that they do not overlap
    int every = Math.max(1, (int) Math.ceil(columns.size() / 12.0));
    for (int c = 0; c < columns.size(); c += every) {
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">",
                  LEFT + c * slot + slot / 2,
                  baseline + 22))
          .append(escape(columns.get(c)))
          .append("</text>");
    }
    // the legend
    int legendTop = baseline + AXIS + 4;
    int legendWidth = (WIDTH - LEFT) / LEGEND_PER_ROW;
    for (int s = 0; s < series.size(); s++) {
      int x = LEFT + (s % LEGEND_PER_ROW) * legendWidth;
      int y = legendTop + (s / LEGEND_PER_ROW) * LEGEND_ROW;
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" fill=\"%s\"/>"
                      + "<text x=\"%d\" y=\"%d\" font-size=\"15\">",
                  x,
                  y,
                  series.get(s).colour(),
                  x + 22,
                  y + 13))
          .append(escape(series.get(s).label()))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** The top of the scale: 1, 2 or 5 times a power of ten, at least {@code max} (and 1). */
  static long niceCeiling(long max) {
    if (max <= 1) {
      return 1;
    }
    long magnitude = 1;
    while (magnitude * 10 < max) {
      magnitude *= 10;
    }
    for (long step : new long[] {1, 2, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** Text in SVG (XML): the five characters that could end an attribute or open an element. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}

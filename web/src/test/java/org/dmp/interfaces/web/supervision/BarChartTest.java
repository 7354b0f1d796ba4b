package org.dmp.interfaces.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  private static final List<BarChart.Series> SERIES =
      List.of(
          new BarChart.Series("Guichet", "#000091"), new BarChart.Series("Pharmacie", "#E69F00"));

  @Test
  void eachCountIsAPartOfItsColumnsBarInProportionToTheScale() {
    String svg =
        BarChart.svg(
            "c",
            "Dossiers : 12",
            List.of("01/03", "02/03", "03/03"),
            SERIES,
            new long[][] {{3, 2}, {0, 0}, {10, 0}});

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"c\"");
    assertThat(svg).contains("role=\"img\" aria-label=\"Dossiers : 12\"");
    assertThat(svg).contains("<title>Dossiers : 12</title>");
    // the tallest bar is 10: the scale goes to 10, a count of 10 is the plot's full height
    assertThat(svg).contains("height=\"240.0\" fill=\"#000091\" data-value=\"10\"");
    assertThat(svg).contains("height=\"72.0\" fill=\"#000091\" data-value=\"3\"");
    assertThat(svg).contains("height=\"48.0\" fill=\"#E69F00\" data-value=\"2\"");
    assertThat(svg.split("class=\"bar-part\"", -1)).hasSize(4);
    assertThat(svg).contains("<title>01/03 — Pharmacie : 2</title>");
    assertThat(svg).contains(">Guichet</text>").contains(">Pharmacie</text>");
  }

  @Test
  void textIsEscapedSoThatNoLabelCanOpenAnElement() {
    String svg =
        BarChart.svg(
            "c",
            "a \"b\" <c> & 'd'",
            List.of("<x>"),
            List.of(new BarChart.Series("<script>", "#000")),
            new long[][] {{1}});

    assertThat(svg).doesNotContain("<script>").doesNotContain("<x>");
    assertThat(svg).contains("aria-label=\"a &quot;b&quot; &lt;c&gt; &amp; &#39;d&#39;\"");
  }

  @Test
  void anEmptyPeriodStillDrawsItsScale() {
    String svg = BarChart.svg("c", "rien", List.of("01/03"), SERIES, new long[][] {{0, 0}});

    assertThat(svg).doesNotContain("bar-part").contains(">0</text>").contains(">1</text>");
  }

  @Test
  void theScaleEndsOnARoundNumber() {
    assertThat(BarChart.niceCeiling(0)).isEqualTo(1);
    assertThat(BarChart.niceCeiling(3)).isEqualTo(5);
    assertThat(BarChart.niceCeiling(10)).isEqualTo(10);
    assertThat(BarChart.niceCeiling(11)).isEqualTo(20);
    assertThat(BarChart.niceCeiling(480)).isEqualTo(500);
    assertThat(BarChart.niceCeiling(501)).isEqualTo(1000);
  }
}

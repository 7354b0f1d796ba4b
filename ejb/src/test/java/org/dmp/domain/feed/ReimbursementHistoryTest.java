package org.dmp.domain.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dmp.domain.patient.Nir;
import org.junit.jupiter.api.Test;

class ReimbursementHistoryTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final ReimbursementWindow WINDOW = ReimbursementWindow.endingOn(TODAY);
  static final Nir NIR = new Nir("184127645108946");

  static ReimbursementLine line(String date, String code, String amount) {
    return ReimbursementLine.read(NIR.value(), date, code, null, "750000001", amount, TODAY);
  }

  @Test
  void theWindowIsTheLast24MonthsUpToToday() {
    assertThat(WINDOW.start()).isEqualTo(LocalDate.of(2024, 11, 24));
    assertThat(WINDOW.includes(LocalDate.of(2024, 11, 24))).isTrue();
    assertThat(WINDOW.includes(LocalDate.of(2024, 11, 23))).isFalse();
    assertThat(WINDOW.includes(TODAY)).isTrue();
  }

  @Test
  void showsTheWindowsLinesNewestFirstWithTheirTotal() {
    ReimbursementHistory h =
        new ReimbursementHistory(
            NIR,
            WINDOW,
            List.of(
                line("2025-01-02", "NGAP:C", "26.50"),
                line("2026-10-01", "CCAM:YYYY010", "100"),
                line("2023-05-05", "NGAP:V", "999")));
    assertThat(h.lines())
        .extracting(l -> l.date().toString())
        .containsExactly("2026-10-01", "2025-01-02");
    String text = new String(h.statement(TODAY), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("DONNÉES DE REMBOURSEMENT", "01/10/2026", "CCAM:YYYY010", "26,50 €")
        .contains("2 ligne(s), total remboursé : 126,50 €")
        .doesNotContain("999");
  }

  @Test
  void theDigestDependsOnTheLinesOnlyNotTheirOrderNorTheirRepetition() {
    ReimbursementLine a = line("2025-01-02", "NGAP:C", "26.50");
    ReimbursementLine b = line("2026-10-01", "CCAM:YYYY010", "100");
    String once = new ReimbursementHistory(NIR, WINDOW, List.of(a, b)).digest();
    assertThat(new ReimbursementHistory(NIR, WINDOW, List.of(b, a, b)).digest()).isEqualTo(once);
    assertThat(new ReimbursementHistory(NIR, WINDOW, List.of(a)).digest()).isNotEqualTo(once);
  }
}

package org.dmp.interfaces.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dmp.application.statistics.PharmacyStatement;
import org.dmp.application.statistics.PharmacyStatement.Line;
import org.dmp.domain.statistics.StatisticsPeriod;
import org.junit.jupiter.api.Test;

class PharmacyStatementCsvTest {

  private static final StatisticsPeriod NOVEMBER =
      new StatisticsPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  private static PharmacyStatement statement(Line... lines) {
    long openings = Arrays.stream(lines).mapToLong(Line::openings).sum();
    BigDecimal amount =
        Arrays.stream(lines).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new PharmacyStatement(NOVEMBER, List.of(lines), openings, amount);
  }

  private static Line line(String finess, String name, long openings) {
    return new Line(finess, name, openings, new BigDecimal(openings).setScale(2));
  }

  @Test
  void utf8WithAByteOrderMarkAndAFrenchHeader() {
    byte[] csv = PharmacyStatementCsv.write(statement(line("750000011", "Pharmacie Éloïse", 3)));

    assertThat(Arrays.copyOf(csv, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("FINESS;Pharmacie;Dossiers ouverts;Montant dû (€)\r\n")
        .contains("750000011;Pharmacie Éloïse;3;3,00\r\n");
  }

  @Test
  void linesInOrderThenTheTotalWithADecimalComma() {
    String text =
        text(
            statement(
                line("750000011", "Pharmacie du Marché", 1234),
                line("130000022", "Pharmacie de la Gare", 1)));

    assertThat(text.split("\r\n"))
        .containsExactly(
            PharmacyStatementCsv.HEADER,
            "750000011;Pharmacie du Marché;1234;1234,00",
            "130000022;Pharmacie de la Gare;1;1,00",
            "Total;;1235;1235,00");
  }

  @Test
  void namesWithSeparatorsOrQuotesAreQuoted() {
    String text =
        text(
            statement(
                line("750000011", "Pharmacie \"Le Caducée\"; centre", 2),
                line("130000022", "Ligne 1\nLigne 2", 1)));

    assertThat(text)
        .contains("750000011;\"Pharmacie \"\"Le Caducée\"\"; centre\";2;2,00\r\n")
        .contains("130000022;\"Ligne 1\nLigne 2\";1;1,00\r\n");
  }

  @Test
  void aNameASpreadsheetWouldComputeIsTakenAsText() {
    assertThat(PharmacyStatementCsv.field("=HYPERLINK(\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(PharmacyStatementCsv.field("-pharmacie")).isEqualTo("'-pharmacie");
  }

  @Test
  void openingsWithoutARecordedPharmacyAreCountedOnTheirOwnLine() {
    String text = text(statement(line(null, null, 2)));

    assertThat(text)
        .contains(";Pharmacie non enregistrée;2;2,00\r\n")
        .endsWith("Total;;2;2,00\r\n");
  }

  @Test
  void anEmptyPeriodHasItsHeaderAndAZeroTotal() {
    assertThat(text(statement()).split("\r\n"))
        .containsExactly(PharmacyStatementCsv.HEADER, "Total;;0;0,00");
  }

  @Test
  void eurosHaveTwoDecimalsAndNoThousandsSeparator() {
    assertThat(PharmacyStatementCsv.euros(new BigDecimal("1234567.5"))).isEqualTo("1234567,50");
    assertThat(PharmacyStatementCsv.euros(BigDecimal.ONE)).isEqualTo("1,00");
  }

  @Test
  void aFileNameWithThePeriod() {
    assertThat(PharmacyStatementCsv.fileName(statement()))
        .isEqualTo("pharmacies-ouvertures-2026-11-01-2026-11-30.csv");
  }

  private static String text(PharmacyStatement statement) {
    byte[] csv = PharmacyStatementCsv.write(statement);
    return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
  }
}

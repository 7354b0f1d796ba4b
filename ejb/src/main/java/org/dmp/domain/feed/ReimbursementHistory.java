package org.dmp.domain.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.dmp.domain.patient.Nir;

/**
 * A patient's reimbursed care within the window, newest first: what their "reimbursement data"
 * document (classCode 60) shows. Its {@link #digest()} depends on the lines only, so that a
 * document is regenerated exactly when what it would show changes.
 */
public final class ReimbursementHistory {

  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Newest first; on one day, by code, prescriber, provider, amount (a stable order). */
  private static final Comparator<ReimbursementLine> ORDER =
      Comparator.comparing(ReimbursementLine::date)
          .reversed()
          .thenComparing(l -> l.code().toString())
          .thenComparing(l -> l.prescriber() == null ? "" : l.prescriber().value())
          .thenComparing(ReimbursementLine::provider)
          .thenComparingLong(l -> l.amount().cents());

  private final Nir nir;
  private final ReimbursementWindow window;
  private final List<ReimbursementLine> lines;

  public ReimbursementHistory(Nir nir, ReimbursementWindow window, List<ReimbursementLine> lines) {
    this.nir = nir;
    this.window = window;
    this.lines =
        lines.stream().filter(l -> window.includes(l.date())).distinct().sorted(ORDER).toList();
  }

  public List<ReimbursementLine> lines() {
    return lines;
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** SHA-256 (hex) of the lines in their order: equal histories, equal digests. */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (ReimbursementLine l : lines) {
        sha.update(canonical(l).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String canonical(ReimbursementLine l) {
    return l.date()
        + "|"
        + l.code()
        + "|"
        + (l.prescriber() == null ? "" : l.prescriber().value())
        + "|"
        + l.provider()
        + "|"
        + l.amount().cents()
        + "\n";
  }

  /**
   * The document: plain UTF-8 text that any professional's software displays as it is, in French
   * (the language of the record's documents), one line per reimbursement and the total. Text rather
   * than PDF: a document per patient and per import, 50,000 at a time, and nothing here needs
   * layout.
   */
  public byte[] statement(LocalDate generatedOn) {
    StringBuilder s = new StringBuilder(128 + lines.size() * 96);
    s.append("DONNÉES DE REMBOURSEMENT — Assurance Maladie\n");
    s.append("Patient (NIR) : ").append(nir.value()).append('\n');
    s.append("Période : du ")
        .append(FRENCH_DATE.format(window.start()))
        .append(" au ")
        .append(FRENCH_DATE.format(window.end()))
        .append(" (")
        .append(ReimbursementWindow.MONTHS)
        .append(" mois)\n");
    s.append("Établi le ").append(FRENCH_DATE.format(generatedOn)).append('\n');
    s.append('\n');
    s.append(
        String.format(
            "%-10s  %-20s  %-11s  %-11s  %12s%n",
            "Date", "Acte ou produit", "Prescripteur", "Exécutant", "Remboursé"));
    long total = 0;
    for (ReimbursementLine l : lines) {
      s.append(
          String.format(
              "%-10s  %-20s  %-11s  %-11s  %12s%n",
              FRENCH_DATE.format(l.date()),
              l.code(),
              l.prescriber() == null ? "-" : l.prescriber().value(),
              l.provider(),
              l.amount().french()));
      total += l.amount().cents();
    }
    s.append('\n');
    s.append(lines.size()).append(" ligne(s), total remboursé : ");
    s.append(String.format("%d,%02d €%n", total / 100, total % 100));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}

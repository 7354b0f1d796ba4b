package org.dmp.domain.feed;

import java.time.LocalDate;

/**
 * The period a patient's reimbursement document covers: the 24 months up to and including the day
 * of the import. Older lines are left out of the document (and not kept).
 */
public record ReimbursementWindow(LocalDate start, LocalDate end) {

  public static final int MONTHS = 24;

  public static ReimbursementWindow endingOn(LocalDate today) {
    return new ReimbursementWindow(today.minusMonths(MONTHS).plusDays(1), today);
  }

  public boolean includes(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}

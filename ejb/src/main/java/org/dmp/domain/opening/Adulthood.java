package org.dmp.domain.opening;

import java.time.LocalDate;
import java.time.Period;

/**
 * Majority (18 years) on a given day. A minor's record is opened at a counter with a legal
 * representative, never online: a child cannot consent alone and the insurer's contact is a
 * parent's.
 */
public final class Adulthood {

  public static final int AGE = 18;

  private Adulthood() {}

  /**
   * Whether someone born on {@code birthDate} is an adult on {@code today} (their birthday counts).
   */
  public static boolean isAdult(LocalDate birthDate, LocalDate today) {
    return !birthDate.isAfter(today) && Period.between(birthDate, today).getYears() >= AGE;
  }
}

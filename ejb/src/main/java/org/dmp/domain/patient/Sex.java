package org.dmp.domain.patient;

/** Administrative sex as in the identity traits of the INS: male, female, unknown. */
public enum Sex {
  M,
  F,
  U
}

package org.dmp.domain.actor;

/**
 * How a professional reaches a record: normally (under an authorization), or in an emergency
 * without one (break-glass, or the centre-15 regulation doctor), each governed by its own rule.
 */
public enum AccessMode {
  NORMAL,
  BREAK_GLASS,
  CENTRE_15
}

package org.dmp.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the record refused a request. Every refusal has a stable {@link #code()} that the
 * boundaries map to their wire format (SOAP fault, OperationOutcome, form message) and a message a
 * person can act on, in French first and English second.
 *
 * <p>Marked as an application exception so that an application service throwing it rolls back its
 * transaction (nothing half-written) and reaches the caller as itself, not wrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DmpException extends RuntimeException {

  private final String code;

  protected DmpException(String code, String french, String english) {
    super(french + " / " + english);
    this.code = code;
  }

  /** The stable, language-independent identifier of this refusal, such as {@code NIR_KEY}. */
  public String code() {
    return code;
  }
}

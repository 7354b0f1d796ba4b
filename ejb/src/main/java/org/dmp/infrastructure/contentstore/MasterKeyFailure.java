package org.dmp.infrastructure.contentstore;

/**
 * The master keys cannot be trusted as they are: the keystore is missing, unreadable or opened with
 * a wrong password, or a key the data needs is absent or is not the key that wrapped the data.
 * Thrown at deployment, it stops the server before it serves anything; its message names the
 * keystore, the alias and the cause, for the operator.
 */
public class MasterKeyFailure extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  MasterKeyFailure(String message) {
    super(message);
  }

  MasterKeyFailure(String message, Throwable cause) {
    super(message, cause);
  }
}

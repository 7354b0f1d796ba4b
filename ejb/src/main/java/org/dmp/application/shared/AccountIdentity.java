package org.dmp.application.shared;

import java.util.concurrent.Callable;

/**
 * Work done later as the account that asked for it: a background job (or one a restarted server
 * resumes) calls the application services as its submitter, so that roles, the caller check and the
 * audit trail see that account, not an anonymous thread.
 */
public interface AccountIdentity {

  /** What {@code work} returns, run as the account {@code login} (which must still be enabled). */
  <T> T callAs(String login, Callable<T> work) throws Exception;
}

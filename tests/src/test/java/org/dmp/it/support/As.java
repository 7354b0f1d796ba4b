package org.dmp.it.support;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as an account of the DMP's security domain, logged in with its password through
 * the server's own realm, so that every call to the application services is checked as in
 * production (roles, caller identity).
 */
public final class As {

  private static final Map<String, SecurityIdentity> LOGGED_IN = new ConcurrentHashMap<>();

  private As() {}

  /** What {@code action} returns when called as {@code login}. */
  public static <T> T call(String login, Callable<T> action) {
    try {
      return identity(login).runAs(action);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code action} as {@code login}. */
  public static void run(String login, Runnable action) {
    call(
        login,
        () -> {
          action.run();
          return null;
        });
  }

  private static SecurityIdentity identity(String login) {
    return LOGGED_IN.computeIfAbsent(
        login,
        l -> {
          try {
            return SecurityDomain.getCurrent()
                .authenticate(l, new PasswordGuessEvidence(TestAccounts.PASSWORD.toCharArray()));
          } catch (Exception e) {
            throw new IllegalStateException("Login of test account " + l + " failed", e);
          }
        });
  }
}

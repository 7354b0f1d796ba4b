package org.dmp.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;

/**
 * The session's timeout as the page's timer needs it (web.cli: dmp.web.session-timeout, 30 minutes;
 * dmp.web.session-warning, 2 minutes before). Set on the session at each login, so that an
 * operator's change applies at the next login without a redeployment.
 */
@Named
@RequestScoped
public class SessionTimer {

  @Inject HttpServletRequest request;

  /** Applies the configured timeout to the session of a login that just succeeded. */
  public static void applyTo(HttpSession session) {
    session.setMaxInactiveInterval((int) timeout().toSeconds());
  }

  public long getTimeoutSeconds() {
    HttpSession session = request.getSession(false);
    return session == null ? timeout().toSeconds() : session.getMaxInactiveInterval();
  }

  public long getWarningSeconds() {
    return Math.min(
        Duration.parse(System.getProperty("dmp.web.session-warning", "PT2M")).toSeconds(),
        getTimeoutSeconds() / 2);
  }

  private static Duration timeout() {
    return Duration.parse(System.getProperty("dmp.web.session-timeout", "PT30M"));
  }
}

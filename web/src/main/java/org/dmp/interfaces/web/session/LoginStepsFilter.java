package org.dmp.interfaces.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dmp.application.login.Logins;

/**
 * Holds a session to the login's remaining steps: the container authenticated the password, but a
 * patient's pages open only after the one-time code, and every page only after the first password
 * replaced the letter's initial secret. The password page itself opens only after the code: a
 * stolen password alone must not replace the patient's. A session the container authenticated
 * outside the login page (nothing in {@link CurrentUser}) is sent back to it.
 */
@WebFilter(
    urlPatterns = {"/portail/*", "/guichet/*", "/supervision/*", "/compte/mot-de-passe.xhtml"})
public class LoginStepsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser user;
  @Inject Logins logins;

  /** The first password is chosen on its page: only once the code was given. */
  private static boolean isPasswordPage(HttpServletRequest request) {
    return request.getServletPath().equals("/compte/mot-de-passe.xhtml");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String base = request.getContextPath();
    if (!user.isSignedIn()) {
      response.sendRedirect(base + "/connexion.xhtml");
    } else if (!logins.stillValid(user.credentialStamp())) {
      // credentials renewed at a counter, or the account disabled: this session ends now
      request.logout();
      request.getSession().invalidate();
      response.sendRedirect(base + "/connexion.xhtml?fin=1");
    } else if (user.isCodePending()) {
      response.sendRedirect(base + "/compte/code.xhtml");
    } else if (user.isPasswordPending() && !isPasswordPage(request)) {
      response.sendRedirect(base + "/compte/mot-de-passe.xhtml");
    } else {
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(request, response);
    }
  }
}

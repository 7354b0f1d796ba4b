package org.dmp.interfaces.web.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session: the container forgets the identity and the session is destroyed. A POST only
 * (the pages' logout button), so that a link elsewhere cannot log a person out; {@code expiree}
 * says the page's timer ran out.
 */
@WebServlet("/deconnexion")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String reason = request.getParameter("expiree") != null ? "expiree" : "deconnecte";
    response.sendRedirect(request.getContextPath() + "/connexion.xhtml?" + reason + "=1");
  }
}

package org.dmp.interfaces.web.login;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's 403 (web.xml error page): a person not logged in (or whose session ended) is sent
 * to the login page; a person logged in without the page's role sees that the page is not theirs.
 */
@WebServlet("/acces-refuse")
public class AccessDeniedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    boolean api = uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    if (api) {
      // machines get the bare status, not a page
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (request.getUserPrincipal() == null) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + "/connexion.xhtml");
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher("/erreurs/acces-refuse.xhtml").forward(request, response);
  }
}

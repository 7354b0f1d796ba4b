package org.dmp.interfaces.web.session;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /session/prolonger}: the page's "stay logged in" (a request is activity: the container
 * restarts the session's clock); 401 when the session already ended. {@code /session/expiree}: a
 * form posted after its session ended lands on the login page, which says why.
 */
@WebServlet("/session/*")
public class SessionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/prolonger".equals(request.getPathInfo())) {
      boolean alive = request.getSession(false) != null && request.getUserPrincipal() != null;
      response.setStatus(
          alive ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      expired(request, response);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    expired(request, response);
  }

  private static void expired(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/connexion.xhtml?expiree=1");
  }
}

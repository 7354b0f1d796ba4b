package org.dmp.interfaces.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a multipart request's parts before the page does, and refuses what cannot be read: a
 * multipart body that is cut or malformed (400), larger than the form allows (413), or a GET that
 * claims a multipart body. Left to Faces, each of these was a server error (500) with the
 * container's error page.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class MultipartGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      if (!"POST".equals(request.getMethod())) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      try {
        request.getParts();
      } catch (IllegalStateException tooLarge) {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      } catch (IOException | ServletException | RuntimeException unreadable) {
        // Undertow wraps a body cut short in a RuntimeException
        refuse(response, HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"fr\"><head><title>Requête refusée</title></head><body>"
                + "<p id=\"refused\">"
                + (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    ? "Formulaire trop volumineux : choisissez un fichier plus petit. / Form too"
                        + " large: choose a smaller file."
                    : "Formulaire illisible : envoyez-le à nouveau depuis la page. / Unreadable"
                        + " form: send it again from the page.")
                + "</p><p><a href=\"/dmp/\">Retour à l'accueil / Home</a></p></body></html>");
  }
}

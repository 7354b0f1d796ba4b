package org.dmp.interfaces.web.counter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dmp.interfaces.web.letter.FirstLoginLetter;

/**
 * Prints a first-login letter kept in the agent's session ({@link PendingLetters}): the PDF inline,
 * once. A letter already printed (or from another session) is refused with what to do. Under {@code
 * /guichet/}, so only a logged-in counter agent reaches it (web.xml, LoginStepsFilter).
 */
@WebServlet("/guichet/courrier")
public class LetterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PendingLetters letters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<PendingLetters.Pending> letter = letters.take(request.getParameter("lettre"));
    if (letter.isEmpty()) {
      refuse(request, response);
      return;
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    FirstLoginLetter.render(letter.get().content(), pdf);
    response.setContentType(FirstLoginLetter.MEDIA_TYPE);
    response.setHeader("Content-Disposition", "inline; filename=\"courrier-dmp.pdf\"");
    response.setContentLength(pdf.size());
    pdf.writeTo(response.getOutputStream());
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_GONE);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String search = request.getContextPath() + "/guichet/recherche.xhtml";
    try (PrintWriter out = response.getWriter()) {
      out.print(
          "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>Courrier"
              + " indisponible</title></head><body style=\"font-family:Arial;font-size:1.2rem;"
              + "max-width:50rem;margin:2rem auto\"><h1 id=\"letter-gone\">Courrier"
              + " indisponible</h1><p id=\"letter-gone-text\">Ce courrier a déjà été imprimé"
              + " (il ne l'est qu'une fois, car il contient un code secret). Si le patient ne l'a"
              + " pas, renouvelez ses identifiants depuis la page de son dossier : un nouveau"
              + " courrier sera produit.</p><p lang=\"en\">This letter was already printed (only"
              + " once: it holds a secret code). If the patient does not have it, renew their"
              + " credentials from their record's page: a new letter will be produced.</p><p><a"
              + " id=\"back-to-search\" href=\""
              + search
              + "\">Retour à la recherche / Back to the search</a></p></body></html>");
    }
  }
}

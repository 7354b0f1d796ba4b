package org.dmp.interfaces.web.supervision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dmp.application.statistics.PharmacyStatement;
import org.dmp.application.statistics.Statistics;
import org.dmp.domain.shared.DmpException;

/**
 * The pharmacies' statement as a CSV download ({@code ?du=2026-11-01&au=2026-11-30}). Under {@code
 * /supervision/}, so only supervisors reach it (web.xml), and the service checks the role again. A
 * period the service refuses, or an unreadable one, goes back to the dashboard with the same
 * period, which says what is wrong.
 */
@WebServlet("/supervision/releve-pharmacies.csv")
public class PharmacyStatementServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Statistics statistics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PharmacyStatement statement;
    try {
      statement =
          statistics.pharmacyOpenings(
              date(request.getParameter("du")), date(request.getParameter("au")));
    } catch (DmpException | DateTimeParseException refused) {
      response.sendRedirect(
          request.getContextPath()
              + "/supervision/tableau-de-bord.xhtml?du="
              + encode(request.getParameter("du"))
              + "&au="
              + encode(request.getParameter("au")));
      return;
    }
    byte[] csv = PharmacyStatementCsv.write(statement);
    response.setContentType(PharmacyStatementCsv.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + PharmacyStatementCsv.fileName(statement) + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }

  private static String encode(String text) {
    return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

package org.dmp.interfaces.ws.testdata;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dmp.application.testdata.TestData;
import org.dmp.application.testdata.TestDataDisabledException;
import org.dmp.domain.testdata.TestIdentities.TestProfessional;
import org.dmp.interfaces.ws.xds.ebxml.Hl7;

/**
 * {@code /dmp-ws/test-data}: the test patients (INS, XDS patient id, identity traits, record on
 * this server) and test professionals (VIHF subject and role codes) of a development server, in
 * French then English. 404 on any other server.
 */
@WebServlet("/test-data")
public class TestDataPage extends HttpServlet {

  @EJB TestData testData;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    TestData.Catalogue catalogue;
    try {
      catalogue = testData.catalogue();
    } catch (TestDataDisabledException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return;
    }
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">")
        .append("<title>DMP — données de test / test data</title></head><body>")
        .append(
            "<h1>Données de test du serveur de développement / Development server test data</h1>")
        .append("<p>Patients de test : INS sous l'OID de test, jamais une personne réelle. ")
        .append("Ouvrez leur dossier par le service <code>patients</code> (CreateRecord). / ")
        .append("Test patients: INS under the test OID, never a real person. Open their record")
        .append(" with the <code>patients</code> service (CreateRecord).</p>")
        .append("<table border=\"1\"><tr><th>INS (NIR)</th><th>OID</th>")
        .append("<th>patientId XDS</th><th>Nom / Name</th><th>Prénoms / First names</th>")
        .append("<th>Sexe / Sex</th><th>Naissance / Birth</th><th>Lieu / Place</th>")
        .append("<th>Dossier ici / Record here</th></tr>");
    for (TestData.PatientOnThisServer p : catalogue.patients()) {
      var ins = p.patient().ins();
      var id = p.patient().identity();
      row(
          html,
          ins.value(),
          ins.oid(),
          Hl7.patientId(ins),
          id.birthName(),
          id.firstNames(),
          id.sex().name(),
          id.birthDate().toString(),
          id.birthPlaceCode(),
          p.record() == null ? "aucun / none" : p.record().name());
    }
    html.append("</table><p>Professionnels de test (sujet de la VIHF : RPPS ou 8 + RPPS ; rôle :")
        .append(" profession G15, savoir-faire R38) / Test professionals (VIHF subject: RPPS or")
        .append(" 8 + RPPS; role: profession G15, specialty R38).</p>")
        .append("<table border=\"1\"><tr><th>RPPS</th><th>Nom / Name</th>")
        .append("<th>Profession (G15)</th><th>Savoir-faire / Specialty (R38)</th></tr>");
    for (TestProfessional p : catalogue.professionals()) {
      row(
          html,
          p.rpps().value(),
          p.name(),
          p.profession().code() + " " + p.profession().name(),
          p.specialty() == null ? "" : p.specialty().code());
    }
    html.append("</table></body></html>");
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void row(StringBuilder html, String... cells) {
    html.append("<tr>");
    for (String cell : cells) {
      html.append("<td>").append(escape(cell == null ? "" : cell)).append("</td>");
    }
    html.append("</tr>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}

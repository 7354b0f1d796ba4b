package org.dmp.interfaces.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dmp.application.document.DocumentWithContent;
import org.dmp.application.document.Documents;
import org.dmp.domain.document.EntryUuid;
import org.dmp.domain.shared.DmpException;
import org.dmp.interfaces.web.session.CurrentUser;

/**
 * A document's content for the portal's caller: {@code /portail/document/{entryUUID}} shows it in
 * the browser, {@code ?telecharger} downloads it. Read through {@link Documents#read} like SOAP and
 * REST reads (decided and audited by the one policy); a document the caller may not see answers 404
 * like an unknown one. Under /portail/*: the container's role check and the login steps apply.
 */
@WebServlet("/portail/document/*")
public class DocumentContentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final java.util.Set<String> INLINE =
      java.util.Set.of("application/pdf", "image/jpeg", "image/png", "text/plain");

  @Inject transient Documents documents;
  @Inject transient CurrentUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    EntryUuid id = entry(request.getPathInfo());
    if (id == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentWithContent document;
    try {
      document = documents.read(user.caller(), id);
    } catch (DmpException refusedOrUnknown) {
      // refused or unknown: the same answer, so that the address tells nothing of hidden documents
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // content written by others is served from the server's origin: only types a browser shows
    // without running anything are shown inline, any other is downloaded
    boolean download =
        request.getParameter("telecharger") != null
            || !INLINE.contains(document.document().mimeType());
    response.setContentType(document.document().mimeType());
    response.setHeader(
        "Content-Disposition",
        (download ? "attachment" : "inline") + "; filename*=UTF-8''" + fileName(document));
    // the browser must not guess another type than the one recorded
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(document.content().length);
    response.getOutputStream().write(document.content());
  }

  private static EntryUuid entry(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 2) {
      return null;
    }
    try {
      return new EntryUuid(UUID.fromString(pathInfo.substring(1)));
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** The title as a file name, percent-encoded (RFC 6266), with the extension of its type. */
  private static String fileName(DocumentWithContent document) {
    String title = document.document().title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    String extension =
        switch (document.document().mimeType()) {
          case "application/pdf" -> ".pdf";
          case "image/jpeg" -> ".jpg";
          case "image/png" -> ".png";
          case "text/plain" -> ".txt";
          default -> "";
        };
    return java.net.URLEncoder.encode(title + extension, StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}

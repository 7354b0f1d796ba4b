package org.dmp.it.hostile;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;

/**
 * The pages as a script sends them, not a browser: one cookie jar (one session), forms posted with
 * whatever values, the view state as the page gave it (or forged). What a browser's checks would
 * stop never reaches the server from a browser, so the server's own checks are what is tested.
 */
final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .sslContext(TestPki.sslContextWithoutCertificate())
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** GET of a path under {@code /dmp}. */
  Answer get(String path) {
    return send(Wire.request(TestServer.HTTPS + "/dmp" + path).GET().build());
  }

  /**
   * Opens {@code path}, then submits its form {@code form} with these fields (names without the
   * form's prefix) by the button {@code button}; the view state is the page's.
   */
  Answer submit(String path, String form, Map<String, String> fields, String button) {
    try {
      return form(path, form, fields, button).call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens {@code path} now; the returned call submits its form as {@link #submit} does. */
  java.util.concurrent.Callable<Answer> form(
      String path, String form, Map<String, String> fields, String button) {
    String state = viewState(get(path), path, form);
    return () -> post(path, form, fields, button, state);
  }

  private static String viewState(Answer page, String path, String form) {
    Matcher state = VIEW_STATE.matcher(formOf(page.body(), form));
    if (!state.find()) {
      throw new AssertionError("no form " + form + " on " + path + ": " + page);
    }
    return state.group(1);
  }

  /**
   * The answer, redirects followed as a browser does: a GET of the new location, without the posted
   * body or its content type (Java's client would keep the content type).
   */
  private Answer send(HttpRequest request) {
    Answer answer = Wire.send(http, request);
    java.net.URI at = request.uri();
    for (int hops = 0; hops < 5 && answer.status() / 100 == 3; hops++) {
      at = at.resolve(answer.location());
      answer = Wire.send(http, Wire.request(at.toString()).GET().build());
    }
    return page(answer);
  }

  /** Posts the form with the given view state (a forged one, or null for none). */
  Answer post(String path, String form, Map<String, String> fields, String button, String state) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    fields.forEach((k, v) -> all.put(form + ":" + k, v));
    all.put(form + ":" + button, "x");
    if (state != null) {
      all.put("jakarta.faces.ViewState", state);
    }
    StringBuilder body = new StringBuilder();
    all.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        Wire.request(TestServer.HTTPS + "/dmp" + path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(Wire.text(body.toString()))
            .build());
  }

  /** Submits a multipart form (the document upload): a title and one file. */
  Answer upload(String path, String title, String fileName, String fileType, byte[] content) {
    try {
      return uploadForm(path, title, fileName, fileType, content, Integer.MAX_VALUE).call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens {@code path} now; the returned call posts its upload form, the body cut after {@code
   * keep} bytes (a broken upload) if shorter.
   */
  java.util.concurrent.Callable<Answer> uploadForm(
      String path, String title, String fileName, String fileType, byte[] content, int keep) {
    String state = viewState(get(path), path, "upload");
    String boundary = "----hostile" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    part(out, boundary, "upload", null, null, "upload".getBytes(StandardCharsets.UTF_8));
    part(out, boundary, "upload:title", null, null, title.getBytes(StandardCharsets.UTF_8));
    part(out, boundary, "upload:file", fileName, fileType, content);
    part(out, boundary, "upload:submit", null, null, "x".getBytes(StandardCharsets.UTF_8));
    part(
        out,
        boundary,
        "jakarta.faces.ViewState",
        null,
        null,
        state.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    byte[] body = out.toByteArray();
    byte[] sent = java.util.Arrays.copyOf(body, Math.min(keep, body.length));
    return () ->
        send(
            Wire.request(TestServer.HTTPS + "/dmp" + path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent))
                .build());
  }

  /** A GET that claims a multipart body (and has none). */
  Answer getClaimingMultipart(String path) {
    return send(
        Wire.request(TestServer.HTTPS + "/dmp" + path)
            .header("Content-Type", "multipart/form-data; boundary=x")
            .GET()
            .build());
  }

  private static void part(
      java.io.ByteArrayOutputStream out,
      String boundary,
      String name,
      String fileName,
      String type,
      byte[] value) {
    StringBuilder head =
        new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"")
            .append(name)
            .append('"');
    if (fileName != null) {
      head.append("; filename=\"").append(fileName).append('"');
    }
    head.append("\r\n");
    if (type != null) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(value);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /** The HTML of the form with this id (the whole page if it is not found). */
  private static String formOf(String html, String form) {
    int at = html.indexOf("id=\"" + form + "\"");
    if (at < 0) {
      return html;
    }
    int end = html.indexOf("</form>", at);
    return html.substring(at, end < 0 ? html.length() : end);
  }

  /**
   * The answer with the entities a message's text may carry decoded (but not {@code <} or {@code
   * >}).
   */
  private static Answer page(Answer raw) {
    return new Answer(
        raw.status(),
        raw.contentType(),
        raw.body()
            .replace("&#39;", "'")
            .replace("&#039;", "'")
            .replace("&quot;", "\"")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&"));
  }
}

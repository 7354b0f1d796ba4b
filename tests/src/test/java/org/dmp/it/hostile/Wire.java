package org.dmp.it.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.dmp.it.support.soap.TestPki;

/** Raw HTTPS as the corpus sends it: bytes as they are, answers as they come. */
final class Wire {

  private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private Wire() {}

  /** A client presenting the certificate of the tests' organisation {@code name}. */
  static HttpClient as(String organisation) {
    return CLIENTS.computeIfAbsent(organisation, o -> client(TestPki.organisation(o).sslContext()));
  }

  /**
   * HTTP/1.1, as practice software speaks it: over HTTP/2 a body the server refuses part-way (over
   * its size limit) can leave the connection's flow-control window spent, and the next requests on
   * that connection wait for a window that never comes.
   */
  static HttpClient client(SSLContext tls) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .sslContext(tls)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
  }

  static HttpRequest.BodyPublisher text(String body) {
    return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  /**
   * The answer; a connection the server closed while the body was sent is {@link Answer#closed}.
   */
  static Answer send(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          new String(r.body(), StandardCharsets.UTF_8),
          r.headers().firstValue("Location").orElse(""));
    } catch (IOException closed) {
      return Answer.closed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

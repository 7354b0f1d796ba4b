package org.dmp.it.support;

/**
 * Where the tests' server listens, seen from the tests' JVM: WildFly's HTTP 8080 and HTTPS 8443
 * shifted by the port offset arquillian.xml starts it with ({@code dmp.test.port-offset}, 100 by
 * default, so that a development server can run beside it), inside the server or out.
 */
public final class TestServer {

  // the tests' JVM gets dmp.test.port-offset (tests/pom.xml); tests running inside the server
  // read the offset the server itself was started with
  private static final int OFFSET =
      Integer.getInteger(
          "dmp.test.port-offset", Integer.getInteger("jboss.socket.binding.port-offset", 100));

  /** The HTTP port: plain HTTP, redirected to HTTPS where the server wants it. */
  public static final int HTTP_PORT = 8080 + OFFSET;

  /** The HTTPS port. */
  public static final int HTTPS_PORT = 8443 + OFFSET;

  /** The management interface (HTTP, local authentication from this machine). */
  public static final int MANAGEMENT_PORT = 9990 + OFFSET;

  /** {@code http://127.0.0.1:PORT}. */
  public static final String HTTP = "http://127.0.0.1:" + HTTP_PORT;

  /** {@code https://127.0.0.1:PORT}. */
  public static final String HTTPS = "https://127.0.0.1:" + HTTPS_PORT;

  private TestServer() {}
}

package org.dmp.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.TestServer;
import org.dmp.it.support.soap.TestPki;
import org.dmp.it.support.web.ClientDatabase;

/**
 * The DMP server the fault tests start, kill and restart, as an operator would: through the {@code
 * ./dmp} launcher, in the fault suite's own DMP_HOME, port offset and PostgreSQL (system properties
 * {@code dmp.faults.*}, set by {@code ./dmp faults}), with the tests' PKI for TLS (so that the
 * tests module's SOAP, FHIR and feed clients call it as they call the Arquillian server) and the
 * tests' accounts ({@link Fixtures#ensureAccounts}).
 *
 * <p>One per test JVM ({@link #get()}); every method blocks until its outcome is reached (polled
 * with a deadline) and fails with the launcher's output otherwise. {@code ./dmp faults} stops
 * whatever is left running at the end.
 */
public final class ServerUnderTest {

  private static final Duration LAUNCHER_LIMIT = Duration.ofMinutes(5);
  private static final ServerUnderTest INSTANCE = new ServerUnderTest();

  private final Path launcher = Path.of(property("dmp.faults.launcher", "../dmp"));
  private final Path home = Path.of(property("dmp.faults.home", "../.dmp-faults")).toAbsolutePath();
  private final int portOffset = Integer.parseInt(property("dmp.faults.port-offset", "300"));
  private final int databasePort = Integer.parseInt(property("dmp.faults.db.port", "5491"));
  private final String databaseMode = property("dmp.faults.db.mode", "");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServerUnderTest() {
    if (databasePort == 5432) {
      throw new IllegalStateException(
          "the fault suite restarts its PostgreSQL: never the shared one on 5432");
    }
    if (TestServer.HTTPS_PORT != 8443 + portOffset) {
      throw new IllegalStateException(
          "the tests' clients call port "
              + TestServer.HTTPS_PORT
              + ", the server under test listens on "
              + (8443 + portOffset)
              + ": set dmp.test.port-offset="
              + portOffset);
    }
  }

  /** The server under test of this JVM. */
  public static ServerUnderTest get() {
    return INSTANCE;
  }

  /**
   * Starts PostgreSQL and the server ({@code ./dmp start}) unless it is running and ready, makes
   * the tests' accounts, and returns how long it took until ready (zero when it already was).
   */
  public Duration start() {
    if (running() && ready()) {
      return Duration.ZERO;
    }
    Instant begin = Instant.now();
    dmp("start").check();
    Deadline.await("the server answers ready", Duration.ofSeconds(60), this::ready);
    Duration took = Duration.between(begin, Instant.now());
    Fixtures.ensureAccounts(dataSource());
    return took;
  }

  /** kill -9 of the WildFly JVM (no shutdown of any kind), once it is gone. */
  public void kill() {
    long pid = pid();
    ProcessHandle process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    process.destroyForcibly(); // SIGKILL on Linux
    Deadline.await(
        "WildFly (pid " + pid + ") is gone", Duration.ofSeconds(30), () -> !process.isAlive());
  }

  /** A clean stop: {@code ./dmp stop} (WildFly, and the embedded PostgreSQL if it runs one). */
  public void stop() {
    dmp("stop").check();
  }

  /** Stops PostgreSQL alone ({@code ./dmp db stop}, fast shutdown); the server keeps running. */
  public void stopDatabase() {
    dmp("db", "stop").check();
  }

  /** Starts PostgreSQL again ({@code ./dmp db start}), once it answers. */
  public void startDatabase() {
    dmp("db", "start").check();
  }

  /** {@code ./dmp db restart}: PostgreSQL stopped (fast) and started again under the server. */
  public void restartDatabase() {
    dmp("db", "restart").check();
  }

  /** The WildFly JVM's process id ({@code ./dmp pid}). */
  public long pid() {
    return Long.parseLong(dmp("pid").check().output().strip());
  }

  /** Whether the WildFly JVM runs ({@code ./dmp pid} exits 0). */
  public boolean running() {
    return dmp("pid").exitCode() == 0;
  }

  /** Whether {@code /dmp/api/ready} answers 200 now. */
  public boolean ready() {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(http() + "/dmp/api/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code ./dmp ARGS} with the fault suite's settings; its output is also logged. */
  public Result dmp(String... args) {
    return dmp(Map.of(), args);
  }

  /** Runs {@code ./dmp ARGS} with the fault suite's settings plus {@code env}. */
  public Result dmp(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.directory(launcher.toAbsolutePath().getParent().toFile());
    builder.environment().putAll(environment());
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes(); // until the launcher closes it
      if (!process.waitFor(LAUNCHER_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("./dmp " + String.join(" ", args) + " did not end");
      }
      Result result =
          new Result(
              String.join(" ", args), process.exitValue(), new String(out, StandardCharsets.UTF_8));
      log(result);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The server's database, from the tests' JVM (JDBC). */
  public DataSource dataSource() {
    return ClientDatabase.dataSource();
  }

  /** {@code https://127.0.0.1:PORT}: the SOAP services, the pages, the REST and FHIR APIs. */
  public String https() {
    return TestServer.HTTPS;
  }

  /** {@code http://127.0.0.1:PORT}: readiness. */
  public String http() {
    return "http://127.0.0.1:" + (8080 + portOffset);
  }

  /** The fault suite's DMP_HOME (keys, logs, the embedded PostgreSQL's data). */
  public Path home() {
    return home;
  }

  /** The PostgreSQL port of the fault suite. */
  public int databasePort() {
    return databasePort;
  }

  /** The server's log (WildFly's server.log). */
  public Path serverLog() {
    return home.resolve("server/log/server.log");
  }

  /** The settings every launcher call gets: nothing of a developer's own server leaks in. */
  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    for (String inherited :
        List.of(
            "DMP_DB_URL",
            "DMP_DB_USER",
            "DMP_DB_PASSWORD",
            "DMP_KEYSTORE_PATH",
            "DMP_KEYSTORE_PASSWORD",
            "DMP_KEYSTORE_ALIAS",
            "DMP_EAR",
            "DMP_REBUILD")) {
      env.put(inherited, "");
    }
    env.put("DMP_HOME", home.toString());
    env.put("DMP_PORT_OFFSET", Integer.toString(portOffset));
    env.put("DMP_DB_PORT", Integer.toString(databasePort));
    env.put("DMP_DB_CLUSTER", "faults" + databasePort);
    env.put("DMP_DB_MODE", databaseMode);
    Path pki = TestPki.dir();
    String password = new String(TestPki.password());
    env.put("DMP_TLS_KEYSTORE_PATH", pki.resolve("server.p12").toString());
    env.put("DMP_TLS_KEYSTORE_PASSWORD", password);
    env.put("DMP_TLS_TRUSTSTORE_PATH", pki.resolve("organisation-cas.p12").toString());
    env.put("DMP_TLS_TRUSTSTORE_PASSWORD", password);
    env.put("DMP_DEV_TEST_DATA", "true");
    env.put("DMP_NOTIFICATION_CHANNEL", "outbox");
    env.put("DMP_TIMEOUT", "180");
    env.put("DMP_NO_BUILD", "1"); // the EAR and server this Maven run built, never a rebuild
    return env;
  }

  private void log(Result result) {
    try {
      Path file = home.resolve("logs/launcher.log");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          Instant.now()
              + " ./dmp "
              + result.command()
              + " -> "
              + result.exitCode()
              + "\n"
              + result.output(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String property(String name, String otherwise) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** What a launcher call did: its exit code and its output (stdout and stderr together). */
  public record Result(String command, int exitCode, String output) {

    /** This result if the command succeeded (exit 0), otherwise a failure with its output. */
    public Result check() {
      if (exitCode != 0) {
        throw new AssertionError("./dmp " + command + " exited " + exitCode + ":\n" + output);
      }
      return this;
    }
  }
}

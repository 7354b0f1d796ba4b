package org.dmp.faults.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;

/**
 * Practice software clients feeding documents (ITI-41, real TLS and client certificates) side by
 * side, each to its own patient, one submission after the other, recording what every submission
 * got; bounded in count and time, stopped by {@link #stop()}.
 */
public final class Feeders implements AutoCloseable {

  private static final int MAX_PER_CLIENT = 20_000;
  private static final Duration MAX_TIME = Duration.ofMinutes(5);

  private final ExecutorService executor;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Queue<Submission> sent = new ConcurrentLinkedQueue<>();

  /** Starts one client per patient. */
  public Feeders(List<Ins> patients) {
    executor = Executors.newFixedThreadPool(patients.size());
    for (Ins patient : patients) {
      executor.submit(() -> feed(patient));
    }
  }

  private void feed(Ins patient) {
    DocumentRepositoryPortType repository = SoapPorts.repository(Fixtures.doctor());
    long end = System.nanoTime() + MAX_TIME.toNanos();
    for (int i = 0; i < MAX_PER_CLIENT && !stopped.get() && System.nanoTime() < end; i++) {
      Submission s = new Submission(patient);
      sent.add(s);
      try {
        var answer = repository.documentRepositoryProvideAndRegisterDocumentSetB(s.request);
        s.outcome(
            answer.getStatus().endsWith(":Success")
                ? Submission.Outcome.ACKNOWLEDGED
                : Submission.Outcome.REFUSED,
            XdsAnswers.describe(answer));
      } catch (RuntimeException e) {
        s.outcome(
            XdsAnswers.isFault(e) ? Submission.Outcome.REFUSED : Submission.Outcome.NO_ANSWER,
            XdsAnswers.describe(e));
      }
    }
  }

  /** The submissions acknowledged so far. */
  public long acknowledged() {
    return sent.stream().filter(s -> s.outcome() == Submission.Outcome.ACKNOWLEDGED).count();
  }

  /** How long after {@code since} a submission was first acknowledged (polled until one was). */
  public Duration firstAcknowledgedAfter(Instant since, Duration limit) {
    Deadline.await(
        "a submission is acknowledged", limit, () -> acknowledgedAfter(since), this::summary);
    return sent.stream()
        .filter(
            s -> s.outcome() == Submission.Outcome.ACKNOWLEDGED && s.answeredAt().isAfter(since))
        .map(s -> Duration.between(since, s.answeredAt()))
        .min(Duration::compareTo)
        .orElseThrow();
  }

  /** Whether a submission was acknowledged after {@code since}. */
  public boolean acknowledgedAfter(Instant since) {
    return sent.stream()
        .anyMatch(
            s -> s.outcome() == Submission.Outcome.ACKNOWLEDGED && s.answeredAt().isAfter(since));
  }

  /** Submissions per outcome and the last answer (for failure messages). */
  public String summary() {
    List<Submission> all = sent();
    StringBuilder s = new StringBuilder("feeds: ");
    for (Submission.Outcome o : Submission.Outcome.values()) {
      s.append(all.stream().filter(x -> x.outcome() == o).count())
          .append(' ')
          .append(o)
          .append(", ");
    }
    all.stream()
        .filter(x -> x.outcome() != null && x.outcome() != Submission.Outcome.ACKNOWLEDGED)
        .reduce((a, b) -> b)
        .ifPresent(x -> s.append("last failure: ").append(x.answer()));
    return s.toString();
  }

  /** The submissions sent so far (those still in flight have no outcome yet). */
  public List<Submission> sent() {
    return new ArrayList<>(sent);
  }

  /** The clients finish the submission they are sending, then stop; returns every submission. */
  public List<Submission> stop() {
    stopped.set(true);
    Deadline.finish(executor, Duration.ofMinutes(3), "the clients");
    return new ArrayList<>(sent);
  }

  @Override
  public void close() {
    stopped.set(true); // interrupting a client mid-call would only make it fail again
    executor.shutdown();
  }
}

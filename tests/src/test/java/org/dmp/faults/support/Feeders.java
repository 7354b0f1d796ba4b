package org.dmp.faults.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.xds.DocumentRepositoryPortType;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.SoapPorts;

/**
 * Practice software clients feeding documents (ITI-41, real TLS and client certificates) side by
 * side, each to its own patient, one submission after the other, recording what every submission
 * got; bounded in count, stopped by {@link #stop()}.
 */
public final class Feeders implements AutoCloseable {

  private static final int MAX_PER_CLIENT = 500;

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
    for (int i = 0; i < MAX_PER_CLIENT && !stopped.get(); i++) {
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

  /** The submissions sent so far (those still in flight have no outcome yet). */
  public List<Submission> sent() {
    return new ArrayList<>(sent);
  }

  /** The clients finish the submission they are sending, then stop; returns every submission. */
  public List<Submission> stop() {
    stopped.set(true);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(3, TimeUnit.MINUTES)) {
        throw new AssertionError("the clients did not stop within 3 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return new ArrayList<>(sent);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}

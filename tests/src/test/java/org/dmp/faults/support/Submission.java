package org.dmp.faults.support;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dmp.domain.patient.Ins;
import org.dmp.interfaces.ws.contract.xds.ProvideAndRegisterDocumentSetRequestType;
import org.dmp.it.support.Fixtures;
import org.dmp.it.support.soap.XdsRequests;
import org.dmp.it.support.soap.XdsRequests.Doc;

/**
 * One ITI-41 submission set a client sends (1 to 3 PDF-like documents of 2 to 40 kB) and what it
 * saw of it: {@code Success} (acknowledged), an XDS error or SOAP fault (refused, with the server's
 * text), or no answer (the connection broke: the server was killed or unreachable).
 */
public final class Submission {

  /** What the client saw. */
  public enum Outcome {
    ACKNOWLEDGED,
    REFUSED,
    NO_ANSWER
  }

  private static final String DOCTOR = Fixtures.DOCTOR_RPPS.value();

  public final Ins patient;
  public final List<Doc> documents;
  public final ProvideAndRegisterDocumentSetRequestType request;
  private volatile Outcome outcome;
  private volatile String answer;
  private volatile Instant answeredAt;

  public Submission(Ins patient) {
    this.patient = patient;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Doc[] docs = new Doc[1 + random.nextInt(3)];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = new Doc(patient, DOCTOR, XdsRequests.pdf(2_000 + random.nextInt(38_000)));
    }
    this.documents = List.of(docs);
    this.request = XdsRequests.provide(patient, DOCTOR, docs);
  }

  public void outcome(Outcome outcome, String answer) {
    this.answer = answer;
    this.answeredAt = Instant.now();
    this.outcome = outcome;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** When the client had its outcome. */
  public Instant answeredAt() {
    return answeredAt;
  }

  /** The server's status or error text, or the client's exception. */
  public String answer() {
    return answer;
  }

  public List<String> uniqueIds() {
    return documents.stream().map(d -> d.uniqueId).toList();
  }
}

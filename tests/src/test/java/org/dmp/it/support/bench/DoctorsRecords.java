package org.dmp.it.support.bench;

import org.dmp.application.consent.Consents;
import org.dmp.application.record.Records;
import org.dmp.domain.patient.Ins;
import org.dmp.domain.record.OpeningChannel;
import org.dmp.domain.record.RecordId;
import org.dmp.it.support.As;
import org.dmp.it.support.Fixtures;

/**
 * The benchmarks' patients: a record opened at the counter, on which the tests' usual doctor is
 * authorized (they recorded the patient's oral consent).
 */
public final class DoctorsRecords {

  private DoctorsRecords() {}

  public static RecordId open(Records records, Consents consents, Ins ins) {
    RecordId id =
        As.call(
                Fixtures.AGENT,
                () ->
                    records.open(
                        Fixtures.counterAgent(),
                        ins,
                        Fixtures.identity(),
                        OpeningChannel.COUNTER,
                        true))
            .id();
    As.run(Fixtures.SOFTWARE, () -> consents.recordOralConsent(Fixtures.doctor(), id, null));
    return id;
  }
}

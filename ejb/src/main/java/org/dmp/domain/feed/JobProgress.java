package org.dmp.domain.feed;

/**
 * The counts of an import job: lines read, accepted, rejected (each with its line number and
 * reason) and left out because older than the window; patients in the file, whose document was
 * updated, left unchanged (same lines as before), skipped because they have no record, or whose
 * record is closed.
 */
public record JobProgress(
    long linesRead,
    long linesAccepted,
    long linesRejected,
    long linesOutOfWindow,
    long patients,
    long patientsUpdated,
    long patientsUnchanged,
    long patientsWithoutRecord,
    long patientsRecordClosed) {

  /** Patients done so far, whatever the outcome. */
  public long patientsDone() {
    return patientsUpdated + patientsUnchanged + patientsWithoutRecord + patientsRecordClosed;
  }
}

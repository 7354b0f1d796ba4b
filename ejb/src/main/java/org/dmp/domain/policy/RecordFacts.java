package org.dmp.domain.policy;

import org.dmp.domain.actor.Actor;
import org.dmp.domain.actor.ActorKind;
import org.dmp.domain.record.RecordStatus;
import org.dmp.domain.shared.Require;

/**
 * What the policy needs to know of a record and of the caller's relation to it. The application
 * services gather it; the policy never reads a database.
 *
 * @param patientId the INS (NIR) of the record's patient, the id a patient acts under
 * @param treatingPhysician the RPPS of the declared treating physician, or {@code null}
 * @param callerAuthorization the calling professional's authorization ({@link
 *     AuthorizationStatus#NONE} for callers who are not professionals)
 * @param callerHasTreatingRights the patient gave the calling professional the treating physician's
 *     rights
 * @param callerIsRepresentative the caller is a registered legal representative of the patient
 */
public record RecordFacts(
    RecordStatus status,
    boolean breakGlassAllowed,
    boolean centre15Allowed,
    String patientId,
    String treatingPhysician,
    AuthorizationStatus callerAuthorization,
    boolean callerHasTreatingRights,
    boolean callerIsRepresentative) {

  public RecordFacts {
    Require.present(status, "état du dossier", "record status");
    Require.present(patientId, "patient", "patient");
    Require.present(callerAuthorization, "autorisation", "authorization");
  }

  /**
   * Whether the caller is, for this record, the treating physician: declared as such, or given the
   * treating physician's rights by the patient.
   */
  public boolean callerTreats(Actor caller) {
    return caller.kind() == ActorKind.PROFESSIONAL
        && (caller.id().equals(treatingPhysician) || callerHasTreatingRights);
  }
}

package org.dmp.domain.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dmp.domain.audit.AuditAction;
import org.dmp.domain.policy.Action;

/**
 * The changes of a document's visibility, each a confidentiality code set or lifted: hidden from
 * professionals (by the patient, or the author), invisible to the patient or to the legal
 * representatives (by professionals, until the patient has been told).
 */
public enum VisibilityChange {
  HIDE_FROM_PROFESSIONALS(ConfidentialityCode.MASQUE_PS, true, Action.HIDE_FROM_PROFESSIONALS),
  UNHIDE_FROM_PROFESSIONALS(ConfidentialityCode.MASQUE_PS, false, Action.UNHIDE_FROM_PROFESSIONALS),
  SET_INVISIBLE_TO_PATIENT(
      ConfidentialityCode.INVISIBLE_PATIENT, true, Action.SET_INVISIBLE_TO_PATIENT),
  LIFT_INVISIBLE_TO_PATIENT(
      ConfidentialityCode.INVISIBLE_PATIENT, false, Action.LIFT_INVISIBLE_TO_PATIENT),
  SET_INVISIBLE_TO_REPRESENTATIVES(
      ConfidentialityCode.INVISIBLE_REPRESENTANTS_LEGAUX,
      true,
      Action.SET_INVISIBLE_TO_REPRESENTATIVES),
  LIFT_INVISIBLE_TO_REPRESENTATIVES(
      ConfidentialityCode.INVISIBLE_REPRESENTANTS_LEGAUX,
      false,
      Action.LIFT_INVISIBLE_TO_REPRESENTATIVES);

  private final ConfidentialityCode code;
  private final boolean set;
  private final Action action;

  VisibilityChange(ConfidentialityCode code, boolean set, Action action) {
    this.code = code;
    this.set = set;
    this.action = action;
  }

  /** The action the access policy decides for this change. */
  public Action action() {
    return action;
  }

  /** How the audit trail names this change. */
  public AuditAction audited() {
    return AuditAction.valueOf(name());
  }

  /** The changes that lead from one set of confidentiality codes to another. */
  public static List<VisibilityChange> between(
      Set<ConfidentialityCode> from, Set<ConfidentialityCode> to) {
    List<VisibilityChange> changes = new ArrayList<>();
    for (VisibilityChange change : values()) {
      boolean before = from.contains(change.code);
      boolean after = to.contains(change.code);
      if (before != after && after == change.set) {
        changes.add(change);
      }
    }
    return changes;
  }

  /** The codes after the change. */
  public Set<ConfidentialityCode> applyTo(Set<ConfidentialityCode> codes) {
    EnumSet<ConfidentialityCode> result =
        codes.isEmpty() ? EnumSet.noneOf(ConfidentialityCode.class) : EnumSet.copyOf(codes);
    if (set) {
      result.add(code);
    } else {
      result.remove(code);
    }
    return result;
  }
}

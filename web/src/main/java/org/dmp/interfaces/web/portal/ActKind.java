package org.dmp.interfaces.web.portal;

import java.util.EnumSet;
import java.util.Set;
import org.dmp.domain.audit.AuditAction;

/** The kinds of act the access history can be narrowed to, as a patient thinks of them. */
public enum ActKind {
  CONSULTATION(
      EnumSet.of(
          AuditAction.READ_RECORD,
          AuditAction.SEARCH,
          AuditAction.READ_DOCUMENT,
          AuditAction.READ_INFORMATION)),
  FEED(EnumSet.of(AuditAction.FEED)),
  DOCUMENT_CHANGE(
      EnumSet.of(
          AuditAction.HIDE_FROM_PROFESSIONALS,
          AuditAction.UNHIDE_FROM_PROFESSIONALS,
          AuditAction.SET_INVISIBLE_TO_PATIENT,
          AuditAction.LIFT_INVISIBLE_TO_PATIENT,
          AuditAction.SET_INVISIBLE_TO_REPRESENTATIVES,
          AuditAction.LIFT_INVISIBLE_TO_REPRESENTATIVES,
          AuditAction.ARCHIVE,
          AuditAction.DELETE,
          AuditAction.RESTORE)),
  RIGHTS(
      EnumSet.of(
          AuditAction.GRANT,
          AuditAction.REVOKE,
          AuditAction.BLOCK,
          AuditAction.UNBLOCK,
          AuditAction.ORAL_CONSENT,
          AuditAction.WITHDRAW_ORAL_CONSENT,
          AuditAction.DECLARE_TREATING_PHYSICIAN,
          AuditAction.GIVE_TREATING_RIGHTS,
          AuditAction.WITHDRAW_TREATING_RIGHTS,
          AuditAction.CHANGE_SETTINGS,
          AuditAction.ADD_REPRESENTATIVE,
          AuditAction.REMOVE_REPRESENTATIVE)),
  INFORMATION(
      EnumSet.of(
          AuditAction.CHANGE_CONTACT_DETAILS,
          AuditAction.ADD_EMERGENCY_CONTACT,
          AuditAction.REMOVE_EMERGENCY_CONTACT,
          AuditAction.SET_ORGAN_DONATION_WISH,
          AuditAction.SET_ADVANCE_DIRECTIVES,
          AuditAction.ADD_VACCINATION,
          AuditAction.REMOVE_VACCINATION)),
  RECORD(
      EnumSet.of(
          AuditAction.OPEN_RECORD,
          AuditAction.CLOSE_RECORD,
          AuditAction.REACTIVATE_RECORD,
          AuditAction.READ_ACCESS_HISTORY,
          AuditAction.LOGIN,
          AuditAction.RENEW_CREDENTIALS,
          AuditAction.PURGE,
          AuditAction.VERIFY_AUDIT_TRAIL));

  private final Set<AuditAction> actions;

  ActKind(Set<AuditAction> actions) {
    this.actions = actions;
  }

  public boolean includes(AuditAction action) {
    return actions.contains(action);
  }
}

package org.dmp.domain.audit;

import java.util.UUID;
import org.dmp.domain.actor.Caller;
import org.dmp.domain.shared.Require;

/**
 * What an application service reports to the audit trail: the act, its caller, the record and
 * document it concerned, the decision and the rule that took it, and a detail without medical
 * content.
 *
 * @param recordId the record concerned, or {@code null} for an act on no record (a login)
 * @param documentId the document concerned, or {@code null}
 */
public record AuditEntry(
    Caller caller,
    AuditAction action,
    UUID recordId,
    UUID documentId,
    Decision decision,
    String rule,
    String detail) {

  public AuditEntry {
    Require.present(caller, "appelant", "caller");
    Require.present(action, "action", "action");
    Require.present(decision, "décision", "decision");
    Require.present(rule, "règle", "rule");
  }

  /** An act allowed by a rule. */
  public static AuditEntry allowed(
      Caller caller, AuditAction action, UUID recordId, UUID documentId, String rule) {
    return new AuditEntry(caller, action, recordId, documentId, Decision.ALLOWED, rule, null);
  }

  public AuditEntry withDetail(String text) {
    return new AuditEntry(caller, action, recordId, documentId, decision, rule, text);
  }
}

package org.dmp.domain.policy;

import org.dmp.domain.shared.Require;

/**
 * What the policy decided: allowed or denied, the rule that settled it, and why, in French then
 * English, in words the patient's access history can show.
 */
public record AccessDecision(boolean allowed, Rule rule, String french, String english) {

  public AccessDecision {
    Require.present(rule, "règle", "rule");
    Require.present(french, "motif", "reason");
    Require.present(english, "motif", "reason");
  }

  static AccessDecision allow(Rule rule, String french, String english) {
    return new AccessDecision(true, rule, french, english);
  }

  static AccessDecision deny(Rule rule, String french, String english) {
    return new AccessDecision(false, rule, french, english);
  }

  /** The reason in both languages, as refusals and the audit trail carry it. */
  public String reason() {
    return french + " / " + english;
  }
}

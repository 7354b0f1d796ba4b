package org.dmp.application.access;

import org.dmp.domain.policy.AccessDecision;
import org.dmp.domain.policy.Rule;
import org.dmp.domain.shared.DmpException;

/** The access policy refused the action; the rule and its reason say why. */
public class AccessDeniedException extends DmpException {

  private final Rule rule;

  AccessDeniedException(AccessDecision decision) {
    super("ACCESS_DENIED", decision.french(), decision.english());
    this.rule = decision.rule();
  }

  public Rule rule() {
    return rule;
  }
}

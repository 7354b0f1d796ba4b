package org.dmp.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.dmp.application.shared.AuthenticatedAccount;
import org.dmp.domain.account.AccountKind;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

/**
 * The account's kind and actor id from the current Elytron identity (attributes {@code dmp-kind},
 * {@code dmp-actor-id} of the JDBC realm): read once at authentication instead of querying the
 * {@code account} table on every service call.
 */
@ApplicationScoped
public class ElytronAuthenticatedAccount implements AuthenticatedAccount {

  static final String KIND = "dmp-kind";
  static final String ACTOR_ID = "dmp-actor-id";

  @Override
  public Optional<Grant> current() {
    SecurityDomain domain = SecurityDomain.getCurrent();
    if (domain == null) {
      return Optional.empty();
    }
    SecurityIdentity identity = domain.getCurrentSecurityIdentity();
    Attributes attributes = identity == null ? Attributes.EMPTY : identity.getAttributes();
    String kind = attributes.getFirst(KIND);
    String actorId = attributes.getFirst(ACTOR_ID);
    if (kind == null || actorId == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Grant(AccountKind.valueOf(kind), actorId));
    } catch (IllegalArgumentException unknownKind) {
      return Optional.empty();
    }
  }
}

package org.dmp.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import org.dmp.application.shared.AccountIdentity;
import org.dmp.application.shared.AccountUnavailableException;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

/**
 * The account's identity loaded from the security realm without its credentials (as a trusted
 * server component may), with its roles and attributes, as at a login: a disabled or deleted
 * account is refused, exactly as its next login would be.
 */
@ApplicationScoped
public class ElytronAccountIdentity implements AccountIdentity {

  @Override
  public <T> T callAs(String login, Callable<T> work) throws Exception {
    return identity(login).runAs(work);
  }

  private static SecurityIdentity identity(String login) throws RealmUnavailableException {
    SecurityDomain domain = SecurityDomain.getCurrent();
    if (domain == null) {
      throw new IllegalStateException("no security domain on this thread");
    }
    ServerAuthenticationContext context = domain.createNewAuthenticationContext();
    context.setAuthenticationName(login);
    if (!context.exists() || !context.authorize()) {
      throw new AccountUnavailableException(login);
    }
    return context.getAuthorizedIdentity();
  }
}

package org.dmp.application.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.actor.Caller;

/**
 * Checks that the {@link Caller} an application service receives is one the authenticated account
 * may act as: a patient only as themselves, an agent only as themselves, an organisation only for
 * professionals. The container has already checked the role; without this check a boundary could
 * pass anyone as the caller.
 *
 * <p>The account's kind and actor id come with the authenticated identity (the realm loaded them at
 * login, {@link AuthenticatedAccount}); only an identity without them makes the check read the
 * account. So an account's kind or actor id changed, or the account disabled, takes effect at its
 * next login (for organisations, the next TLS handshake), like its roles.
 */
@ApplicationService
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class CallerCheck {

  @Inject Principal principal;
  @Inject AccountRepository accounts;
  @Inject AuthenticatedAccount authenticated;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    for (Object parameter : call.getParameters()) {
      if (parameter instanceof Caller caller) {
        String login = principal.getName();
        boolean allowed =
            authenticated
                .current()
                .map(grant -> Account.mayActAs(grant.kind(), grant.actorId(), caller.actor()))
                .orElseGet(
                    () ->
                        accounts
                            .find(login)
                            .map(account -> account.mayActAs(caller.actor()))
                            .orElse(false));
        if (!allowed) {
          throw new CallerMismatchException(login, caller.actor().reference());
        }
      }
    }
    return call.proceed();
  }
}

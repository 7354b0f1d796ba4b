package org.dmp.application.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.security.Principal;
import org.dmp.domain.account.AccountRepository;
import org.dmp.domain.actor.Caller;

/**
 * Checks that the {@link Caller} an application service receives is one the authenticated account
 * may act as: a patient only as themselves, an agent only as themselves, an organisation only for
 * professionals. The container has already checked the role; without this check a boundary could
 * pass anyone as the caller.
 */
@ApplicationService
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class CallerCheck {

  @Inject Principal principal;
  @Inject AccountRepository accounts;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    for (Object parameter : call.getParameters()) {
      if (parameter instanceof Caller caller) {
        String login = principal.getName();
        boolean allowed =
            accounts.find(login).map(account -> account.mayActAs(caller.actor())).orElse(false);
        if (!allowed) {
          throw new CallerMismatchException(login, caller.actor().reference());
        }
      }
    }
    return call.proceed();
  }
}

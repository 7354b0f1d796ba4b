package org.dmp.application.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.dmp.application.shared.ApplicationService;

/**
 * Around every application service method, inside its transaction: the events the act audited are
 * appended when the outermost method returns ({@link ActAudit}).
 */
@ApplicationService
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 20)
public class ActAuditAtEnd {

  @Inject ActAudit audit;

  @AroundInvoke
  Object appendAtEnd(InvocationContext call) throws Exception {
    audit.enter();
    boolean returned = false;
    try {
      Object result = call.proceed();
      returned = true;
      return result;
    } finally {
      audit.leave(returned);
    }
  }
}

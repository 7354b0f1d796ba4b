package org.dmp.application.shared;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;

/**
 * Turns a Bean Validation failure on an application service's parameters into an {@link
 * InvalidRequestException}: a refusal with a code and a message naming each faulty field, which
 * rolls the transaction back like every other refusal. Runs outside the validation interceptor
 * (lower priority), so it sees its exception.
 */
@ApplicationService
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RequestValidation {

  @AroundInvoke
  Object translate(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (ConstraintViolationException e) {
      throw new InvalidRequestException(e.getConstraintViolations());
    }
  }
}

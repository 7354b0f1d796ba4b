package org.dmp.application.shared;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmp.domain.shared.InvalidValueException;

/** A request to an application service lacks a mandatory value or has one out of bounds. */
public class InvalidRequestException extends InvalidValueException {

  InvalidRequestException(Set<? extends ConstraintViolation<?>> violations) {
    super(
        "INVALID_REQUEST",
        "Requête invalide : " + describe(violations),
        "Invalid request: " + describe(violations));
  }

  private static String describe(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> pathWithoutMethod(v) + " (" + v.getMessage() + ")")
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.joining(", "));
  }

  /** {@code add.metadata.title} reads better as {@code metadata.title}. */
  private static String pathWithoutMethod(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}

package org.dmp.interfaces.ws.xds.ebxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dmp.domain.shared.DmpException;

/**
 * The errors found while reading a request, collected so that a vendor learns every problem of a
 * submission at once rather than one per attempt.
 */
final class Problems {

  private final List<XdsError> errors = new ArrayList<>();

  void add(String code, String location, String message) {
    errors.add(new XdsError(code, location, message));
  }

  /** The value, or an XDSRegistryMetadataError naming what is missing where. */
  <T> T required(Optional<T> value, String location, String what) {
    if (value.isEmpty()) {
      add(
          XdsError.METADATA,
          location,
          "Métadonnée obligatoire absente : " + what + " / Missing mandatory metadata: " + what);
      return null;
    }
    return value.get();
  }

  /** What {@code read} returns, or null with the domain's refusal recorded at {@code location}. */
  <T> T attempt(Supplier<T> read, String location, String what) {
    try {
      return read.get();
    } catch (DmpException e) {
      add(XdsError.METADATA, location, what + " : " + e.getMessage());
    } catch (RuntimeException e) {
      add(
          XdsError.METADATA,
          location,
          what + " illisible / unreadable " + what + " : « " + e.getMessage() + " »");
    }
    return null;
  }

  boolean any() {
    return !errors.isEmpty();
  }

  /** Refuses the request if anything was found. */
  void throwIfAny() {
    if (any()) {
      throw new XdsException(errors);
    }
  }
}

package org.dmp.interfaces.ws.xds.ebxml;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dmp.application.access.AccessDeniedException;
import org.dmp.domain.shared.DmpException;
import org.dmp.infrastructure.persistence.DatabaseUnavailableException;
import org.dmp.interfaces.ws.contract.rs.RegistryErrorList;
import org.dmp.interfaces.ws.contract.rs.RegistryResponseType;

/**
 * Registry responses, and the translation of the application's refusals into XDS errors: each
 * domain code to the standard XDS code that says the same, the domain's message kept (French then
 * English); an access denial is its own error, naming the rule.
 */
public final class Responses {

  private static final Logger LOG = Logger.getLogger(Responses.class.getName());

  private static final String CALLER_MISMATCH = "CALLER_MISMATCH";

  private static final Map<String, String> XDS_CODES =
      Map.ofEntries(
          Map.entry("RECORD_NOT_FOUND", XdsError.UNKNOWN_PATIENT),
          Map.entry("DUPLICATE_UNIQUE_ID", XdsError.DUPLICATE_UNIQUE_ID),
          Map.entry("DUPLICATE_ENTRY_UUID", XdsError.METADATA),
          Map.entry("DUPLICATE_SUBMISSION_SET", XdsError.DUPLICATE_UNIQUE_ID),
          Map.entry("HASH_MISMATCH", XdsError.HASH),
          Map.entry("SIZE_MISMATCH", XdsError.SIZE),
          Map.entry("CONTENT_EMPTY", XdsError.MISSING_DOCUMENT),
          Map.entry("CONTENT_TOO_LARGE", XdsError.REPOSITORY),
          Map.entry("CONTENT_INTEGRITY", XdsError.REPOSITORY),
          Map.entry("DOCUMENT_NOT_FOUND", XdsError.UNIQUE_ID),
          Map.entry("ENTRY_NOT_CURRENT", XdsError.METADATA_VERSION),
          Map.entry("REPLACED_NOT_FOUND", XdsError.METADATA),
          Map.entry(DatabaseUnavailableException.CODE, XdsError.REGISTRY_NOT_AVAILABLE));

  private Responses() {}

  public static RegistryResponseType success() {
    RegistryResponseType r = new RegistryResponseType();
    r.setStatus(Vocabulary.SUCCESS);
    return r;
  }

  public static RegistryResponseType failure(List<XdsError> errors) {
    RegistryResponseType r = new RegistryResponseType();
    r.setStatus(Vocabulary.FAILURE);
    r.setRegistryErrorList(errorList(errors));
    return r;
  }

  public static RegistryErrorList errorList(List<XdsError> errors) {
    RegistryErrorList list = new RegistryErrorList();
    list.setHighestSeverity(Vocabulary.ERROR);
    errors.forEach(e -> list.getRegistryError().add(e.toRegistryError()));
    return list;
  }

  /**
   * The last resort: something failed that no rule foresaw. Logged in full on the server under a
   * reference; the caller gets XDSRegistryError with that reference, never a stack trace.
   */
  public static XdsError unexpected(RuntimeException e) {
    var unavailable = DatabaseUnavailableException.causing(e);
    if (unavailable.isPresent()) {
      return errorOf(unavailable.get(), "server");
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
    return new XdsError(
        XdsError.REGISTRY,
        "server",
        "Erreur interne du serveur, référence "
            + reference
            + " / Internal server error, reference "
            + reference);
  }

  /**
   * The XDS errors of a failed request: those the translation found, the application's refusal (at
   * {@code location}), or the last resort.
   */
  public static List<XdsError> errorsOf(RuntimeException failure, String location) {
    if (failure instanceof XdsException e) {
      return e.errors();
    }
    if (failure instanceof DmpException e) {
      return List.of(errorOf(e, location));
    }
    return List.of(unexpected(failure));
  }

  /** The XDS error saying what the application refused, at {@code location}. */
  public static XdsError errorOf(DmpException refused, String location) {
    if (refused instanceof AccessDeniedException denied) {
      return new XdsError(XdsError.ACCESS_DENIED, denied.rule().name(), refused.getMessage());
    }
    if (CALLER_MISMATCH.equals(refused.code())) {
      // the organisation acts for someone its account may not: a refusal of access, not metadata
      return new XdsError(XdsError.ACCESS_DENIED, CALLER_MISMATCH, refused.getMessage());
    }
    String code = XDS_CODES.getOrDefault(refused.code(), XdsError.METADATA);
    return new XdsError(code, location, refused.code() + ": " + refused.getMessage());
  }
}

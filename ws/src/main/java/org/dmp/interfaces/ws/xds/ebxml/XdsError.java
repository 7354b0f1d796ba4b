package org.dmp.interfaces.ws.xds.ebxml;

import org.dmp.interfaces.ws.contract.rs.RegistryError;

/**
 * One error of an XDS response: the standard error code, where (the id of the object, the parameter
 * or the document), and a message a developer can act on.
 */
public record XdsError(String code, String location, String message) {

  public static final String METADATA = "XDSRegistryMetadataError";
  public static final String PATIENT_ID_MISMATCH = "XDSPatientIdDoesNotMatch";
  public static final String UNKNOWN_PATIENT = "XDSUnknownPatientId";
  public static final String UNIQUE_ID = "XDSDocumentUniqueIdError";
  public static final String DUPLICATE_UNIQUE_ID = "XDSDuplicateUniqueIdInRegistry";
  public static final String HASH = "XDSNonIdenticalHash";
  public static final String SIZE = "XDSNonIdenticalSize";
  public static final String MISSING_DOCUMENT = "XDSMissingDocument";
  public static final String MISSING_METADATA = "XDSMissingDocumentMetadata";
  public static final String REPOSITORY = "XDSRepositoryError";
  public static final String UNKNOWN_REPOSITORY = "XDSUnknownRepositoryId";
  public static final String MISSING_PARAM = "XDSStoredQueryMissingParam";
  public static final String PARAM_NUMBER = "XDSStoredQueryParamNumber";
  public static final String UNKNOWN_QUERY = "XDSUnknownStoredQuery";
  public static final String REGISTRY = "XDSRegistryError";

  /** The registry's storage (the database) cannot be reached: retry later. */
  public static final String REGISTRY_NOT_AVAILABLE = "XDSRegistryNotAvailable";

  public static final String METADATA_VERSION = "XDSMetadataVersionError";

  /** The access policy refused: its own error, the rule id as location. */
  public static final String ACCESS_DENIED = "DMPAccessDenied";

  RegistryError toRegistryError() {
    RegistryError e = new RegistryError();
    e.setErrorCode(code);
    e.setCodeContext(message);
    e.setLocation(location);
    e.setSeverity(Vocabulary.ERROR);
    return e;
  }
}

package org.dmp.interfaces.rest.fhir;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The FHIR base, {@code /dmp/api/fhir}: its own JAX-RS application so that its body readers and
 * writers and its OperationOutcome errors apply to FHIR requests only, not to the rest of the API.
 */
@ApplicationPath("/api/fhir")
public class FhirApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        FhirBodies.class,
        FormatParameter.class,
        FhirErrors.class,
        MetadataResource.class,
        PatientResource.class,
        DocumentReferenceResource.class,
        BinaryResource.class,
        TransactionResource.class);
  }
}

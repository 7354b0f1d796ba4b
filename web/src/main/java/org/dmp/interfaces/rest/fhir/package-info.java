/**
 * The FHIR R4 API for institutions, following IHE MHD as the French PDSm guide profiles it, under
 * {@code /dmp/api/fhir}: ITI-65 Provide Document Bundle (a transaction Bundle posted to the base),
 * ITI-67 Find Document References, ITI-68 Retrieve Document ({@code Binary/{id}}), the update of a
 * DocumentReference's confidentiality and status (the ITI-57 use cases), Patient read and search by
 * INS, and the CapabilityStatement at {@code /metadata}.
 *
 * <p>A boundary: resources are HAPI FHIR's model, parsed strictly against the R4 definitions; each
 * class here translates between them and the application services ({@code
 * org.dmp.application.document}, {@code org.dmp.application.record}), nothing more. The caller is
 * the professional named by the organisation's signed VIHF ({@link
 * org.dmp.interfaces.rest.fhir.FhirCallers}); the access policy decides everything else. Every
 * error is an OperationOutcome ({@link org.dmp.interfaces.rest.fhir.FhirErrors}).
 */
package org.dmp.interfaces.rest.fhir;

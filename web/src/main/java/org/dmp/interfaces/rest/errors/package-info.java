/**
 * How the REST API answers a refusal: the HTTP status of each kind of DMP error ({@link
 * org.dmp.interfaces.rest.errors.HttpStatuses}, shared with the FHIR API's OperationOutcomes) and,
 * for the non-FHIR endpoints, the JSON error body ({@link
 * org.dmp.interfaces.rest.errors.ApiErrors}).
 */
package org.dmp.interfaces.rest.errors;

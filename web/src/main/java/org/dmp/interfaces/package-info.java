/**
 * Boundaries of the web module: JAX-RS resources (FHIR and IHE MHD for institutions, operations
 * endpoints) and, later, the Jakarta Faces pages of the counter and the patient portal. They
 * translate between the wire and the application services; they hold no rule and never touch the
 * EntityManager.
 */
package org.dmp.interfaces;

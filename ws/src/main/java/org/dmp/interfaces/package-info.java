/**
 * Boundaries of the ws module: the JAX-WS endpoints (IHE XDS.b registry and repository, and the
 * record-management "patients" service) that practice software calls. They translate between ebXML
 * and the application services; rules stay in the services and the access policy.
 */
package org.dmp.interfaces;

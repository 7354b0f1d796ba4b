/**
 * Application services: one {@code @Stateless} bean per family of use cases, the transaction and
 * security edge of the server. Every boundary (SOAP, REST, pages) calls these and nothing deeper. A
 * service method loads what it needs, lets the domain decide, stores, and appends the audit event
 * in the same transaction; it returns views, never managed entities.
 */
package org.dmp.application;

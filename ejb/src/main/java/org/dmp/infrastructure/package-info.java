/**
 * Technical implementations of the domain's interfaces: persistence with EclipseLink on PostgreSQL,
 * the encrypted content store, and the server's clock. Nothing here decides a rule.
 */
package org.dmp.infrastructure;

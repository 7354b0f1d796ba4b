/**
 * The bulk feeds' tables, in plain JDBC rather than JPA: lines are streamed in with PostgreSQL's
 * COPY and merged with set-based SQL, which an entity per line would make tens of times slower.
 * Connections come from the application's JTA datasource, so every statement belongs to the
 * caller's transaction.
 */
package org.dmp.infrastructure.persistence.feed;

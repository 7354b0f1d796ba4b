/**
 * JPA (EclipseLink) implementations of the domain's repositories and of the audit trail, and the
 * Flyway migration that creates and versions the schema when the application is deployed.
 * Migrations are in {@code db/migration}; the JPA provider never generates DDL.
 */
package org.dmp.infrastructure.persistence;

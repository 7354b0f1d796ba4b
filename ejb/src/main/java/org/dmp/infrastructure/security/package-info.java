/**
 * What the application reads of the container's security: the authenticated identity's attributes,
 * loaded by the Elytron JDBC realm (config/cli/security.cli).
 */
package org.dmp.infrastructure.security;

/** The access policy's configuration, read from the server's system properties (policy.cli). */
package org.dmp.infrastructure.policy;

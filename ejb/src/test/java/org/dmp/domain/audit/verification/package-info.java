/** Unit tests of the audit trail's verification: chains, heads, signed anchors. */
package org.dmp.domain.audit.verification;

/**
 * Verifying the audit trail: walking each chain in order and naming the first broken link, and the
 * signed anchors (checkpoints of the chains' heads, themselves chained) that make truncation
 * detectable. Plain Java over streams of stored rows, so that the server and the operator's command
 * run the same checks with memory bounded whatever the trail's size.
 */
package org.dmp.domain.audit.verification;

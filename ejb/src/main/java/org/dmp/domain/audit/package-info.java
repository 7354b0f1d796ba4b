/**
 * The audit trail: an append-only list of events (who did what to which record, in which mode,
 * allowed or denied by which rule, through which channel). Events of a record form a chain in which
 * each event carries the hash of the one before, so that rewriting or removing one is detectable.
 * The patient's access history is read from it.
 */
package org.dmp.domain.audit;

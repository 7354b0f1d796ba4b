/**
 * Retention: which records are purged and when (a closed record, {@link
 * org.dmp.domain.record.Record#RETENTION} after its closure), what a purge removes, and the
 * housekeeping of rows that serve for a while only (one-time codes, failed openings, the
 * development outbox, the rejected lines of old import jobs).
 */
package org.dmp.domain.retention;

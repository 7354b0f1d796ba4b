/**
 * The insurer's bulk reimbursement feed: receiving an NDJSON file as an import job (read, checked
 * line by line and staged in the request's transaction, so that a refused upload leaves nothing),
 * then applying it in the background patient batch by patient batch, each batch in its own
 * transaction, feeding every changed patient's reimbursement document through {@link
 * org.dmp.application.document.Documents} (encrypted, audited, searchable like any document); a
 * server restart resumes a job it left running.
 */
package org.dmp.application.feed;

/** Reimbursement files for the feed tests and benchmark: NDJSON lines built like the insurer's. */
package org.dmp.it.support.feed;

/** The insurer's bulk reimbursement feed: import jobs, documents, idempotence, restart, REST. */
package org.dmp.it.feed;

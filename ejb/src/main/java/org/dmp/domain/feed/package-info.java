/**
 * The health insurer's bulk feeds: a reimbursement line as the insurer sends it and its checks
 * (patient NIR, date, act or drug code, prescriber, provider, amount), the 24-month window a
 * patient's reimbursement document covers, that document's content, the import jobs that carry a
 * file through (state, progress, rejected lines) and the stores behind them.
 */
package org.dmp.domain.feed;

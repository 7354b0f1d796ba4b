/**
 * Activity statistics for institutions and the insurer: records opened, documents fed, what each
 * professional fed and consulted, per day over a period. Counts only, derived from the records, the
 * document entries and the audit trail ({@link org.dmp.domain.statistics.ActivityStatistics});
 * never a patient's identity.
 */
package org.dmp.domain.statistics;

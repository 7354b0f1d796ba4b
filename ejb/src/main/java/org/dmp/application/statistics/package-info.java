/**
 * The statistics use case ({@link org.dmp.application.statistics.Statistics}): who may see which
 * counts. Institutions see the aggregate counts; the insurer (its feeding system) and auditors also
 * see each professional's activity, which an institution must not learn about professionals of
 * other institutions. The pharmacies' statement (what the insurer owes each pharmacy for the
 * records opened at its counter) is for the insurer's supervisors and auditors only.
 */
package org.dmp.application.statistics;

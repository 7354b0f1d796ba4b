/**
 * The statistics use case ({@link org.dmp.application.statistics.Statistics}): who may see which
 * counts. Institutions see the aggregate counts; the insurer (its feeding system) and auditors also
 * see each professional's activity, which an institution must not learn about professionals of
 * other institutions.
 */
package org.dmp.application.statistics;

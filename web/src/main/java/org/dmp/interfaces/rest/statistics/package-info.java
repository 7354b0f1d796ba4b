/**
 * {@code GET /dmp/api/statistics?from=…&to=…}: the activity statistics as JSON for institutions,
 * the insurer and auditors; translates the query and the report, nothing more.
 */
package org.dmp.interfaces.rest.statistics;

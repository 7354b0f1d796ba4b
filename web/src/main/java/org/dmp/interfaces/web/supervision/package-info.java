/**
 * What the counter supervisors' dashboard hands over as files, such as the pharmacies' statement as
 * CSV ({@link org.dmp.interfaces.web.supervision.PharmacyStatementCsv}): pure translations of the
 * application services' views into bytes, with no rule and no data access of their own.
 */
package org.dmp.interfaces.web.supervision;

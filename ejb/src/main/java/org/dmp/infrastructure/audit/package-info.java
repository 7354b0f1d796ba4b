/**
 * The audit trail's verification and anchors on the database, in plain JDBC so that the operator's
 * command ({@code ./dmp audit verify}) runs exactly what the server runs: streaming reads in one
 * repeatable-read snapshot, the anchors' writing under a lock row, and the audit signing key of the
 * server's keystore.
 */
package org.dmp.infrastructure.audit;

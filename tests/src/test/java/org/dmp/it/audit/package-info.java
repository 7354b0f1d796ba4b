/**
 * The tamper-evident audit trail on the real server: a trail altered by SQL in every way the
 * verification knows is reported at the right link by the auditors' endpoint and by {@code ./dmp
 * audit verify}, and repaired after.
 */
package org.dmp.it.audit;

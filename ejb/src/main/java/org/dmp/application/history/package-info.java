/**
 * The patient's access history: every act on their record, allowed or refused, by whom, in which
 * mode and under which rule, read from the audit trail; and the notifications of emergency
 * accesses.
 */
package org.dmp.application.history;

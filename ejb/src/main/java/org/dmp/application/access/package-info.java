/**
 * How the application services apply the access policy: gather the facts for a caller and a record,
 * ask the policy, audit every denial in its own transaction (so that it survives the refused call's
 * rollback) and refuse, filter what a caller may see, and notify the patient and the treating
 * physician of emergency accesses.
 */
package org.dmp.application.access;

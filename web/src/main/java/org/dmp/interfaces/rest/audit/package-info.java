/**
 * The auditors' REST endpoint of the tamper-evident audit trail: the verification of the whole
 * trail or of one record's chain, as JSON; translates the request and the report, nothing more.
 */
package org.dmp.interfaces.rest.audit;

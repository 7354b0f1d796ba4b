/**
 * The tamper-evident audit trail's services: the auditors' verification of the whole trail or of
 * one record's chain, and the periodic signed anchors that make truncation detectable.
 */
package org.dmp.application.audit;

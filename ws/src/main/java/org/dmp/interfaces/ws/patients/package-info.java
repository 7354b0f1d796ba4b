/**
 * The record-management service practice software calls ("patients"): test a record and the
 * caller's authorization, create one with the patient's consent, reactivate it, record or withdraw
 * the caller's authorization, declare the caller treating physician.
 */
package org.dmp.interfaces.ws.patients;

/**
 * The counter pages ({@code /guichet/*}): a health-insurance agent, or a pharmacist at the pharmacy
 * counter, finds a patient by NIR, opens their record with their consent and prints the first-login
 * letter, renews a patient's credentials, records legal representatives, closes and reactivates a
 * record. Page beans only translate: every rule is the application services' and the policy's.
 */
package org.dmp.interfaces.web.counter;

/**
 * Opening a record online, by the patient alone and not logged in: the identity checked against the
 * insurer's traits, a confidential code sent to the insurer's contact, the record opened (channel
 * ONLINE) with the patient's account and the password they chose; failed attempts counted apart so
 * that repeated ones lock the opening of the NIR for a while.
 */
package org.dmp.application.opening;

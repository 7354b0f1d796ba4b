/**
 * Sending one-time codes: the limit of codes per hour, the withdrawal of the previous code, the
 * digest kept and the message sent, the same for a login and an online opening.
 */
package org.dmp.application.verification;

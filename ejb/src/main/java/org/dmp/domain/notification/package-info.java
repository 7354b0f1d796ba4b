/**
 * Notifications owed to people after an event they must know of (a break-glass or centre-15 access
 * to a patient's record): kept in an outbox that the delivery channels (e-mail, the portal) read
 * later, so that an access is never lost for want of a mail server.
 */
package org.dmp.domain.notification;

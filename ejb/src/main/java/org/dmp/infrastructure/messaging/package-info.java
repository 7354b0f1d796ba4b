/**
 * The channels that carry messages to people: e-mail through the server's mail session
 * (config/cli/mail.cli), or the development outbox (a table shown on a page) on a server without a
 * mail relay. {@code dmp.notification.channel} (DMP_NOTIFICATION_CHANNEL) chooses.
 */
package org.dmp.infrastructure.messaging;

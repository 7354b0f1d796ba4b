/** Pages of a development server only: the outbox that stands for people's mailboxes. */
package org.dmp.interfaces.web.dev;

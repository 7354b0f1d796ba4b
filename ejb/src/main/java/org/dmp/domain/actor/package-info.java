/**
 * Who acts on a record and how: the kinds of actors the rules know (patient, legal representative,
 * professional, counter agent, feeding system…), the channel a request came through and the access
 * mode (normal, break-glass, centre 15). Carried into every audit event.
 */
package org.dmp.domain.actor;

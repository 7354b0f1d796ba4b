/** The server's clock, injected wherever the domain needs "now", so that tests can move time. */
package org.dmp.infrastructure.time;

/**
 * The retention job: purges the closed records whose purge date has come, each in its own
 * transaction, and sweeps the rows that serve for a while only; run every night by a timer of each
 * server, safe when several servers run it at once.
 */
package org.dmp.application.retention;

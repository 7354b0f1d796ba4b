/**
 * Refusals at the HTTP level, before a page reads the request: what the pages' framework would
 * otherwise fail on with a server error.
 */
package org.dmp.interfaces.web.guard;

/**
 * What every concept of the domain shares: the base of the domain's exceptions, each carrying a
 * stable error code and a message in French then English, and small value-object helpers.
 */
package org.dmp.domain.shared;

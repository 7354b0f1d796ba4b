/** The activity statistics over HTTPS, as an institution and as the insurer see them. */
package org.dmp.it.statistics;

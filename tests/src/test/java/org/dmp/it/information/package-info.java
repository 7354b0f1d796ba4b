/**
 * The patient's "My information" on the real server: each item kept and read back, who may read and
 * change which part, refusals that write nothing but their audit event.
 */
package org.dmp.it.information;

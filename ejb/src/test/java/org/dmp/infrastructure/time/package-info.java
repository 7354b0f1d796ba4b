/** Tests of the server's clock and its offset setting. */
package org.dmp.infrastructure.time;

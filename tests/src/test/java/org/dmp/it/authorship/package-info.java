/** Tests on the real server: authorship. */
package org.dmp.it.authorship;

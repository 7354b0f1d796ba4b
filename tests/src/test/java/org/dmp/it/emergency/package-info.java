/** Tests on the real server: emergency. */
package org.dmp.it.emergency;

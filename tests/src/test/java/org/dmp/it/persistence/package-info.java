/** Tests on the real server: persistence. */
package org.dmp.it.persistence;

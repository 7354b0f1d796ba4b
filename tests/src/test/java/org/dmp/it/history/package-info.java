/** Tests on the real server: history. */
package org.dmp.it.history;

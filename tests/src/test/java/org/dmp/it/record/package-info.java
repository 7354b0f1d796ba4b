/** Tests on the real server: record. */
package org.dmp.it.record;

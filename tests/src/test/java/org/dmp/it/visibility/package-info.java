/** Tests on the real server: visibility. */
package org.dmp.it.visibility;

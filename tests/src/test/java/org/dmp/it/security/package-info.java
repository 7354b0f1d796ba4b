/** Tests on the real server: security. */
package org.dmp.it.security;

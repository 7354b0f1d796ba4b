/**
 * The login pages: password (checked by the container's security realm), one-time code, first
 * password, logout, and where a person without the right role lands.
 */
package org.dmp.interfaces.web.login;

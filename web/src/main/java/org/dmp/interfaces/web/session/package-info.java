/**
 * Who is using the pages in this HTTP session (the account the container authenticated, the steps
 * of the login done so far), the language chosen, and the filter that holds a session to the login
 * steps (one-time code, first password) before any other page.
 */
package org.dmp.interfaces.web.session;

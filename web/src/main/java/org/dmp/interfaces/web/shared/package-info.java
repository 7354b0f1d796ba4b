/** What every page bean uses: messages in the person's language, redirects. */
package org.dmp.interfaces.web.shared;

/** Tests on the real server: document. */
package org.dmp.it.document;

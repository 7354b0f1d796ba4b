/** Tests on the real server: content. */
package org.dmp.it.content;

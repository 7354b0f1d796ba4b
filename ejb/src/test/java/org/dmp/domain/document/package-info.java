/** Unit tests of org.dmp.domain.document, without a server. */
package org.dmp.domain.document;

/** Unit tests of org.dmp.domain.content, without a server. */
package org.dmp.domain.content;

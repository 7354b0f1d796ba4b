/** Unit tests of org.dmp.domain.information, without a server. */
package org.dmp.domain.information;

/** Unit tests of org.dmp.domain.professional, without a server. */
package org.dmp.domain.professional;

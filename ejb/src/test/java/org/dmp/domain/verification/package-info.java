/** Unit tests of org.dmp.domain.verification, without a server. */
package org.dmp.domain.verification;

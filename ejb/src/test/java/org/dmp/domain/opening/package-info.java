/** Unit tests of org.dmp.domain.opening, without a server. */
package org.dmp.domain.opening;

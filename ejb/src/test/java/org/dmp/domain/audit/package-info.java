/** Unit tests of org.dmp.domain.audit, without a server. */
package org.dmp.domain.audit;

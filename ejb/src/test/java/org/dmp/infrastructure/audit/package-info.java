/** Unit tests of org.dmp.infrastructure.audit, without a server. */
package org.dmp.infrastructure.audit;

/** Unit tests of org.dmp.domain.record, without a server. */
package org.dmp.domain.record;

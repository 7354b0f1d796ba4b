/** Unit tests of org.dmp.domain.insured, without a server. */
package org.dmp.domain.insured;

/** Unit tests of org.dmp.domain.account, without a server. */
package org.dmp.domain.account;

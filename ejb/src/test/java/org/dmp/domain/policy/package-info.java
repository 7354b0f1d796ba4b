/** Unit tests of the access policy, without a server. */
package org.dmp.domain.policy;

/** Unit tests of org.dmp.domain.feed, without a server. */
package org.dmp.domain.feed;

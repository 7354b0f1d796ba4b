/** Unit tests of org.dmp.infrastructure.contentstore, without a server. */
package org.dmp.infrastructure.contentstore;

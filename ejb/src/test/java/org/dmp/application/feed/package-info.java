/** Unit tests of org.dmp.application.feed's file reading, without a server. */
package org.dmp.application.feed;

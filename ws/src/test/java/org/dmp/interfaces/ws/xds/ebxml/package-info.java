/** Unit tests of the ebXML translation, without a server. */
package org.dmp.interfaces.ws.xds.ebxml;

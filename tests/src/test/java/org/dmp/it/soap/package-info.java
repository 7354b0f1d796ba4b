/**
 * Tests of the SOAP channel over the wire: an Apache CXF client generated from the same WSDLs, over
 * HTTPS with the organisation's certificate and a signed VIHF, MTOM on, calling the test server
 * from inside it (so that records and consents can be set up through the services).
 */
package org.dmp.it.soap;

/**
 * The SOAP services' edge below the endpoints: which content types are read at all ({@link
 * org.dmp.interfaces.ws.transport.SoapContentType}), and the HTTP status and wording of every fault
 * ({@link org.dmp.interfaces.ws.transport.SenderFaults}): a fault caused by the request is the
 * sender's (HTTP 400), in French then English, naming no class of the server.
 */
package org.dmp.interfaces.ws.transport;

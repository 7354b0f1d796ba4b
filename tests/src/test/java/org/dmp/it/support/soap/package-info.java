/**
 * What client-side tests (run outside the server, as practice software would call it) share: the
 * tests' PKI and CXF JAX-WS clients over HTTPS with an organisation's TLS client certificate.
 */
package org.dmp.it.support.soap;

/**
 * Who calls the SOAP services: {@link
 * org.dmp.interfaces.ws.security.ProfessionalAssertionInterceptor} (a CXF interceptor) takes the
 * VIHF from every inbound message's wsse:Security header, has it checked by {@link
 * org.dmp.infrastructure.assertion.AssertionVerifier} against the organisation's TLS client
 * certificate, and turns any refusal into a SOAP fault ({@link
 * org.dmp.interfaces.ws.security.AssertionFault}). Nothing here decides access to a record.
 */
package org.dmp.interfaces.ws.security;

/**
 * Who calls the SOAP services: the professional behind the practice software, as a signed SAML 2.0
 * assertion (the French VIHF, "authentification indirecte") in the WS-Security header, checked
 * against the organisation's TLS client certificate on every call. {@link
 * org.dmp.interfaces.ws.security.AssertionVerifier} checks an assertion without a server; {@link
 * org.dmp.interfaces.ws.security.ProfessionalAssertionInterceptor} (a CXF interceptor) applies it
 * to every inbound message and turns any refusal into a SOAP fault. Nothing here decides access to
 * a record: it only establishes who asks, in which mode; the access policy decides.
 */
package org.dmp.interfaces.ws.security;

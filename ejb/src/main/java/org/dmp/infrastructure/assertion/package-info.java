/**
 * Who a machine caller acts for: the professional named by a signed SAML 2.0 assertion (the French
 * VIHF, "authentification indirecte"), checked against the organisation's TLS client certificate.
 * Shared by the two machine channels: the SOAP services carry the assertion in their wsse:Security
 * header ({@link org.dmp.infrastructure.assertion.WsSecurityHeader}), the REST API in the HTTP
 * Authorization header. {@link org.dmp.infrastructure.assertion.AssertionVerifier} checks an
 * assertion without a server (signature by the certificate's key, validity, audience, attributes)
 * and yields an {@link org.dmp.infrastructure.assertion.AssertedProfessional}. Nothing here decides
 * access to a record: it only establishes who asks, in which mode; the access policy decides.
 */
package org.dmp.infrastructure.assertion;

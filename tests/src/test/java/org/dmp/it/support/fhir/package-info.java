/**
 * The FHIR API as the tests' institution calls it: HAPI FHIR's generic client over HTTPS with the
 * hospital's certificate, each request carrying the VIHF of the professional who acts.
 */
package org.dmp.it.support.fhir;

/**
 * The FHIR API (IHE MHD) over HTTPS with an institution's certificate and a professional's VIHF.
 */
package org.dmp.it.fhir;

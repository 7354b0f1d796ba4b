/**
 * The IHE XDS.b endpoints practice software calls: the repository (ITI-41 provide and register,
 * ITI-43 retrieve) and the registry (ITI-18 stored queries, ITI-57 metadata update). Each endpoint
 * reads the professional's verified assertion, translates ebXML to the application services' terms
 * and back, and turns refusals into XDS errors.
 */
package org.dmp.interfaces.ws.xds;

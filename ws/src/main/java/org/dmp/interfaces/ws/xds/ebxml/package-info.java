/**
 * ebXML registry objects (ebRIM 3.0, as IHE XDS.b uses them) read into the domain's values and
 * written back from the application's views: submission sets, document entries, associations,
 * stored-query parameters, and registry errors. Translation only; every rule is the application
 * services' and the access policy's.
 */
package org.dmp.interfaces.ws.xds.ebxml;

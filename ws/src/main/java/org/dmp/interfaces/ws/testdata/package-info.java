/**
 * The test data page of a development server, for vendors' developers: an HTML translation of
 * {@link org.dmp.application.testdata.TestData}, behind the same organisation certificate as the
 * SOAP services.
 */
package org.dmp.interfaces.ws.testdata;

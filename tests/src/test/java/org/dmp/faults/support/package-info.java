/**
 * The fault suite's harness: the server under test driven through {@code ./dmp} with a private
 * DMP_HOME, port offset and PostgreSQL ({@link org.dmp.faults.support.ServerUnderTest}), polling
 * with deadlines ({@link org.dmp.faults.support.Deadline}) and the figures report ({@link
 * org.dmp.faults.support.FaultsReport}). The clients are the tests module's own ({@code
 * org.dmp.it.support.soap}, {@code .fhir}, {@code .feed}).
 */
package org.dmp.faults.support;

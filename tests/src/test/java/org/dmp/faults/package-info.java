/**
 * Crash and fault survival tests ({@code ./dmp faults}, classes {@code *FaultIT}): process-level
 * JUnit 5 tests, not Arquillian ones, that start, kill -9 and restart their own server and
 * PostgreSQL through the {@code ./dmp} launcher ({@link org.dmp.faults.support.ServerUnderTest})
 * and check what survives as clients (SOAP, FHIR, feeds) see it and as the database holds it.
 */
package org.dmp.faults;

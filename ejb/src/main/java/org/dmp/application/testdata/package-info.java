/**
 * The test data page of a development server: the test identities and whether each test patient has
 * a record here. Off unless the server is a development one ({@code dmp.dev.test-data}).
 */
package org.dmp.application.testdata;

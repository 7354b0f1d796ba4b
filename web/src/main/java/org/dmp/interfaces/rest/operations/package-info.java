/** Endpoints for the people and machines that run the server: readiness. */
package org.dmp.interfaces.rest.operations;

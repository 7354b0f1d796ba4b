/**
 * The bulk-feed endpoints under {@code /dmp/api/feeds}: an NDJSON upload answered 202 with the
 * job's status URL, the job's status and its rejected lines as JSON, errors as JSON with a stable
 * code and the message in French then English, and the OpenAPI description of these endpoints.
 * Translation only: the rules are in the application service and the domain.
 */
package org.dmp.interfaces.rest.feed;

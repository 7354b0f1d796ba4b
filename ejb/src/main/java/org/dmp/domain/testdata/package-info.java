/**
 * The test identities a development server offers to vendors: patients with valid NIRs under the
 * test INS OID (never a real person's) and professionals with valid RPPS, each profession the rules
 * distinguish. Plain values, the same on every server.
 */
package org.dmp.domain.testdata;

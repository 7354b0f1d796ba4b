/**
 * Who the record belongs to: the national health identifier (INS: a NIR with its key, under the OID
 * of its issuing authority) and the identity traits that go with it.
 */
package org.dmp.domain.patient;

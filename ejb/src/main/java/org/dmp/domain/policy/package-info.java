/**
 * The access policy: the one place that decides whether an actor may do an action on a record or a
 * document, and says which rule decided and why, in words a person can read. Plain Java, fed with
 * facts the application services gather (the record's state and settings, the caller's relation to
 * the patient, the document's confidentiality and author); it reads no database.
 */
package org.dmp.domain.policy;

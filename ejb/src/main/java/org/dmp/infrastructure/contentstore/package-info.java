/**
 * The certified-host content store on PostgreSQL. Each record has its own AES-256 data key, stored
 * only wrapped (AES-GCM) under a master key from the server's keystore; each document's content is
 * encrypted with AES-256-GCM under its record's key, with the record and content ids as associated
 * data so that ciphertext moved to another row fails to decrypt. Integrity is checked on every
 * read, by the GCM tag and against the SHA-256 recorded at feeding time.
 */
package org.dmp.infrastructure.contentstore;

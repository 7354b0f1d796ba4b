/**
 * Document entries: the XDS-style metadata of every document in a record (unique id, entry UUID,
 * class and type codes, author, times, size and hashes, confidentiality, availability status,
 * replacement) and the repository that stores them. The content itself is in the content store; an
 * entry only refers to it.
 */
package org.dmp.domain.document;

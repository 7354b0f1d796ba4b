/**
 * Document content and the store that keeps it: the bytes with their size and hashes, the limit on
 * what is accepted, and the {@link org.dmp.domain.content.ContentStore} interface of the
 * certified-host layer (encrypted, integrity-checked, shreddable per record). Implementations live
 * in {@code org.dmp.infrastructure.contentstore}.
 */
package org.dmp.domain.content;

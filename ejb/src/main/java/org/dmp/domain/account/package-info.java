/**
 * Accounts: the identities the server's security realm authenticates (logins, salted and iterated
 * password hashes, roles) and who each account may act as on a record. The container decides the
 * role; the account decides that a caller cannot claim to be someone else.
 */
package org.dmp.domain.account;

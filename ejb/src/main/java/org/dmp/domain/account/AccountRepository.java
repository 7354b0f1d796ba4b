package org.dmp.domain.account;

import java.util.Optional;

/** The accounts of the security realm. */
public interface AccountRepository {

  Optional<Account> find(String login);

  void add(Account account);

  /** The account, locked until the transaction ends (counting a login, changing a password). */
  Optional<Account> lock(String login);

  /** The online account of the patient with this NIR (at most one), locked until the end. */
  Optional<Account> lockPatient(String nir);
}

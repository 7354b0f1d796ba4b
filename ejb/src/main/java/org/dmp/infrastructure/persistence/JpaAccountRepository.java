package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountRepository;

/** The realm's accounts in the {@code account} and {@code account_role} tables. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Account> find(String login) {
    return Optional.ofNullable(em.find(Account.class, login));
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public Optional<Account> lock(String login) {
    return Optional.ofNullable(
        em.find(Account.class, login, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }
}

package org.dmp.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dmp.domain.account.Account;
import org.dmp.domain.account.AccountKind;
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

  @Override
  public Optional<Account> lockPatient(String nir) {
    return em.createQuery(
            "select a from Account a where a.kind = :kind and a.actorId = :nir", Account.class)
        .setParameter("kind", AccountKind.PATIENT)
        .setParameter("nir", nir)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}

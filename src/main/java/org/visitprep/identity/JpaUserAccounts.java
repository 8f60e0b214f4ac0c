package org.visitprep.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@link UserAccounts} kept by JPA. */
@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public JpaUserAccounts() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public JpaUserAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UserAccount> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> bySubject(String subject) {
        return entityManager
                .createNamedQuery(UserAccount.BY_SUBJECT, UserAccount.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public UserAccount add(UserAccount account) {
        entityManager.persist(account);
        return account;
    }
}

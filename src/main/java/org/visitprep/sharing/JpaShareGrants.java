package org.visitprep.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ShareGrants} kept by JPA. */
@ApplicationScoped
public class JpaShareGrants implements ShareGrants {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public JpaShareGrants() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public JpaShareGrants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ShareGrant> byId(UUID grantId) {
        return Optional.ofNullable(entityManager.find(ShareGrant.class, grantId));
    }

    @Override
    public List<ShareGrant> ofPatient(UUID patientId) {
        return entityManager
                .createNamedQuery(ShareGrant.OF_PATIENT, ShareGrant.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    @Override
    public List<ShareGrant> activeFor(Grantee grantee, Instant now) {
        return entityManager
                .createNamedQuery(ShareGrant.ACTIVE_FOR, ShareGrant.class)
                .setParameter("kind", grantee.kind())
                .setParameter("id", grantee.id())
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void add(ShareGrant grant) {
        entityManager.persist(grant);
    }

    /** A conditional update rather than a versioned change, so that clinicians opening at once never conflict. */
    @Override
    public void markOpened(UUID grantId, Instant now) {
        entityManager
                .createNamedQuery(ShareGrant.MARK_OPENED)
                .setParameter("now", now)
                .setParameter("id", grantId)
                .executeUpdate();
    }
}

package org.visitprep.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@link SummaryVersions} kept by JPA. */
@ApplicationScoped
public class JpaSummaryVersions implements SummaryVersions {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public JpaSummaryVersions() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public JpaSummaryVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<SummaryVersion> byId(UUID versionId) {
        return Optional.ofNullable(entityManager.find(SummaryVersion.class, versionId));
    }

    @Override
    public Optional<SummaryVersion> draftOf(UUID visitId) {
        return ofVisitIn(visitId, SummaryState.DRAFT);
    }

    @Override
    public Optional<SummaryVersion> approvedOf(UUID visitId) {
        return ofVisitIn(visitId, SummaryState.APPROVED);
    }

    private Optional<SummaryVersion> ofVisitIn(UUID visitId, SummaryState state) {
        return entityManager
                .createNamedQuery(SummaryVersion.OF_VISIT_IN_STATE, SummaryVersion.class)
                .setParameter("visitId", visitId)
                .setParameter("state", state)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int nextNumber(UUID visitId) {
        Integer highest = entityManager
                .createNamedQuery(SummaryVersion.HIGHEST_NUMBER, Integer.class)
                .setParameter("visitId", visitId)
                .getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    @Override
    public void add(SummaryVersion version) {
        entityManager.persist(version);
    }

    @Override
    public void removeDraft(SummaryVersion draft) {
        if (draft.isFrozen()) {
            throw new FrozenSummaryException("Approved summary versions are never deleted");
        }
        entityManager.remove(draft);
    }

    @Override
    public void keepReview(UUID versionId, byte[] sealedReview) {
        entityManager
                .createQuery("update SummaryVersion s set s.review = :review where s.id = :id and s.review is null")
                .setParameter("review", sealedReview)
                .setParameter("id", versionId)
                .executeUpdate();
    }
}

package org.visitprep.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link VisitPreparations} kept by JPA. */
@ApplicationScoped
public class JpaVisitPreparations implements VisitPreparations {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public JpaVisitPreparations() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public JpaVisitPreparations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<VisitPreparation> byId(UUID visitId) {
        return Optional.ofNullable(entityManager.find(VisitPreparation.class, visitId));
    }

    @Override
    public List<VisitPreparation> ofPatientFrom(UUID patientId, Instant from) {
        return entityManager
                .createNamedQuery(VisitPreparation.OF_PATIENT_FROM, VisitPreparation.class)
                .setParameter("patientId", patientId)
                .setParameter("from", from)
                .getResultList();
    }

    @Override
    public List<VisitPreparation> ofPatientBefore(UUID patientId, Instant before) {
        return entityManager
                .createNamedQuery(VisitPreparation.OF_PATIENT_BEFORE, VisitPreparation.class)
                .setParameter("patientId", patientId)
                .setParameter("before", before)
                .getResultList();
    }

    @Override
    public void add(VisitPreparation visit) {
        entityManager.persist(visit);
    }

    /**
     * The condition tests the token, not the flag: EclipseLink binds booleans as numbers on H2, which H2 2 compares
     * with no boolean column.
     */
    @Override
    public boolean claimGeneration(UUID patientId, UUID visitId, UUID token, Instant now, Instant staleBefore) {
        int claimed = entityManager
                .createNamedQuery(VisitPreparation.CLAIM_GENERATION)
                .setParameter("generating", true)
                .setParameter("token", token)
                .setParameter("now", now)
                .setParameter("id", visitId)
                .setParameter("patientId", patientId)
                .setParameter("editable", EnumSet.of(VisitStatus.DRAFT, VisitStatus.SUMMARY_DRAFTED))
                .setParameter("staleBefore", staleBefore)
                .executeUpdate();
        return claimed == 1;
    }
}

package org.visitprep.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** {@link AccessEvents} kept by JPA. */
@ApplicationScoped
public class JpaAccessEvents implements AccessEvents {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public JpaAccessEvents() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public JpaAccessEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(AccessEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<AccessEvent> ofPatient(UUID patientId) {
        return entityManager
                .createNamedQuery(AccessEvent.OF_PATIENT, AccessEvent.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }
}

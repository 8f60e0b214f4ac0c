package org.visitprep.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link CareTeams} kept by JPA. */
@ApplicationScoped
public class JpaCareTeams implements CareTeams {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    public JpaCareTeams() {}

    /** For use outside the container, with an entity manager the caller manages. */
    public JpaCareTeams(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CareOrganization> organization(String organizationId) {
        return Optional.ofNullable(entityManager.find(CareOrganization.class, organizationId));
    }

    @Override
    public List<CareOrganization> organizationsOf(UUID clinicianId) {
        return entityManager
                .createNamedQuery(CareOrganization.OF_CLINICIAN, CareOrganization.class)
                .setParameter("clinicianId", clinicianId)
                .getResultList();
    }

    @Override
    public void add(CareOrganization organization) {
        entityManager.persist(organization);
    }

    @Override
    public void addMember(String organizationId, UUID clinicianId) {
        var key = new CareTeamMembership.Key(clinicianId, organizationId);
        if (entityManager.find(CareTeamMembership.class, key) == null) {
            entityManager.persist(new CareTeamMembership(clinicianId, organizationId));
        }
    }

    @Override
    public void removeMember(String organizationId, UUID clinicianId) {
        var membership =
                entityManager.find(CareTeamMembership.class, new CareTeamMembership.Key(clinicianId, organizationId));
        if (membership != null) {
            entityManager.remove(membership);
        }
    }
}

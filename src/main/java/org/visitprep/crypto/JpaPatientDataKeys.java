package org.visitprep.crypto;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link PatientDataKeys} kept by JPA, with an entity manager its creator manages. */
public class JpaPatientDataKeys implements PatientDataKeys {

    private final EntityManager entityManager;

    public JpaPatientDataKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<PatientDataKey> of(UUID patientId) {
        return entityManager
                .createNamedQuery(PatientDataKey.OF_PATIENT, PatientDataKey.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    @Override
    public Optional<PatientDataKey> active(UUID patientId) {
        return entityManager
                .createNamedQuery(PatientDataKey.ACTIVE_OF_PATIENT, PatientDataKey.class)
                .setParameter("patientId", patientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PatientDataKey> version(UUID patientId, int keyVersion) {
        return Optional.ofNullable(
                entityManager.find(PatientDataKey.class, new PatientDataKey.Ref(patientId, keyVersion)));
    }

    @Override
    public List<PatientDataKey> notWrappedUnder(String masterKeyId, int limit) {
        return entityManager
                .createNamedQuery(PatientDataKey.NOT_WRAPPED_UNDER, PatientDataKey.class)
                .setParameter("masterKeyId", masterKeyId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(PatientDataKey key) {
        entityManager.persist(key);
    }

    @Override
    public int deleteAllOf(UUID patientId) {
        List<PatientDataKey> versions = of(patientId);
        versions.forEach(entityManager::remove);
        entityManager.flush();
        return versions.size();
    }
}

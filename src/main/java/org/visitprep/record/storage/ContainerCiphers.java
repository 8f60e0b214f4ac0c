package org.visitprep.record.storage;

import jakarta.persistence.EntityManager;
import org.visitprep.crypto.JpaPatientDataKeys;
import org.visitprep.crypto.KeyCustody;
import org.visitprep.crypto.PatientKeyService;

/**
 * The {@link RecordCiphers} of the container: keys read with its entity manager, a first key issued and committed in
 * a transaction of its own.
 */
final class ContainerCiphers {

    private ContainerCiphers() {}

    static RecordCiphers of(KeyCustody custody, PatientKeyService keyService, EntityManager entityManager) {
        return new RecordCiphers(
                custody.masterKeys(),
                custody.random(),
                patientId -> new JpaPatientDataKeys(entityManager).of(patientId),
                keyService::issueFirstKey);
    }
}

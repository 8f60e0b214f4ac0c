package org.visitprep.record.storage;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.visitprep.crypto.KeyCustody;
import org.visitprep.crypto.PatientKeyService;
import org.visitprep.record.PatientRecord;

/**
 * Opens a patient's stored record for reading. The record answers for that patient only: every query it runs filters
 * by the patient's id, so an entry of another patient is not found, by id or in a list.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PatientRecords {

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private KeyCustody custody;

    @EJB
    private PatientKeyService keyService;

    /**
     * The record of the signed-in patient, for the length of a request or a summary. Pass the account id of the
     * signed-in patient (from the session), never an id taken from the request.
     */
    public PatientRecord openFor(UUID patientId) {
        return open(patientId, entityManager, ContainerCiphers.of(custody, keyService, entityManager));
    }

    /** A patient's record over an entity manager and ciphers of the caller's: for tools, benchmarks and tests. */
    public static PatientRecord open(UUID patientId, EntityManager entityManager, RecordCiphers ciphers) {
        return new StoredPatientRecord(patientId, entityManager, ciphers.forReading(patientId));
    }
}

package org.visitprep.crypto;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Seals and opens patients' health data for storage, and computes blind indexes; see {@link HealthDataCipher} for the
 * format. Joins the caller's transaction if there is one; a patient's first data key is committed in a transaction
 * of its own, so that it is never lost with a rolled-back import.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PatientDataProtection {

    private static final Logger LOG = Logger.getLogger(PatientDataProtection.class.getName());

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private KeyCustody custody;

    @EJB
    private PatientKeyService keyService;

    /** @see HealthDataCipher#seal */
    public byte[] seal(UUID patientId, byte[] plaintext, String purpose) {
        return cipher().seal(patientId, plaintext, purpose);
    }

    /** @see HealthDataCipher#open */
    public byte[] open(UUID patientId, byte[] sealed, String purpose) {
        return cipher().open(patientId, sealed, purpose);
    }

    /** @see HealthDataCipher#reseal */
    public byte[] reseal(UUID patientId, byte[] sealed, String purpose) {
        return cipher().reseal(patientId, sealed, purpose);
    }

    /** @see HealthDataCipher#blindIndex */
    public byte[] blindIndex(UUID patientId, String value) {
        return cipher().blindIndex(patientId, value);
    }

    /** @see HealthDataCipher#activeKeyVersion */
    public int activeKeyVersion(UUID patientId) {
        return cipher().activeKeyVersion(patientId);
    }

    /** @see HealthDataCipher#keyVersionOf */
    public int keyVersionOf(byte[] sealed) {
        return HealthDataCipher.keyVersionOf(sealed);
    }

    private HealthDataCipher cipher() {
        return new HealthDataCipher(custody.patientKeys(entityManager, this::issueFirstKey), custody.random());
    }

    private void issueFirstKey(UUID patientId) {
        try {
            keyService.issueFirstKey(patientId);
        } catch (EJBException e) {
            // Most likely another transaction issued it first; reading the key next tells, and fails if not.
            LOG.fine(() ->
                    "Issuing a first data key did not commit: " + e.getClass().getSimpleName());
        }
    }
}

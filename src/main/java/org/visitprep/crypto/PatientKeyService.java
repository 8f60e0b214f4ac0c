package org.visitprep.crypto;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Key operations: issuing a patient's first data key, rotating a patient's data key, re-wrapping every data key under
 * a new master key, and crypto-shredding a patient.
 */
@Stateless
public class PatientKeyService {

    /** How many data keys one transaction of a master-key rotation re-wraps. */
    static final int REWRAP_BATCH_SIZE = 200;

    private static final Logger LOG = Logger.getLogger(PatientKeyService.class.getName());

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private KeyCustody custody;

    @Resource
    private SessionContext context;

    /** Issues version 1 of the patient's data key, unless they have one, and commits it at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void issueFirstKey(UUID patientId) {
        keys().issueFirstKeyIfAbsent(patientId);
    }

    /**
     * Rotates the patient's data key: their new data is sealed under a new version, the old versions still open the
     * old data, which storage re-seals with {@link PatientDataProtection#reseal}.
     *
     * @return the new version
     */
    public int rotateDataKey(UUID patientId) {
        return keys().rotate(patientId);
    }

    /**
     * Re-wraps every patient's data keys under the current master key, in transactions of
     * {@value #REWRAP_BATCH_SIZE} keys; sealed data is not touched. Safe to run again after an interruption.
     *
     * @return how many data keys were re-wrapped
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rotateMasterKey() {
        PatientKeyService self = context.getBusinessObject(PatientKeyService.class);
        int total = 0;
        for (int batch = self.rewrapBatch(REWRAP_BATCH_SIZE); batch > 0; batch = self.rewrapBatch(REWRAP_BATCH_SIZE)) {
            total += batch;
        }
        int rewrapped = total;
        LOG.info(() -> rewrapped + " data key(s) re-wrapped under master key '"
                + custody.masterKeys().current().id() + "'");
        return rewrapped;
    }

    /** One transaction of {@link #rotateMasterKey()}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rewrapBatch(int limit) {
        return keys().rewrapUnderCurrentMasterKey(limit);
    }

    /**
     * Crypto-shreds the patient: deletes all their data keys, so that nothing sealed for them opens again. Other
     * nodes of a cluster drop their cached keys within {@link DataKeyCache#DEFAULT_TIME_TO_LIVE}.
     *
     * @return how many key versions were deleted
     */
    public int shred(UUID patientId) {
        return keys().shred(patientId);
    }

    private PatientKeys keys() {
        return custody.patientKeys(entityManager, null);
    }
}

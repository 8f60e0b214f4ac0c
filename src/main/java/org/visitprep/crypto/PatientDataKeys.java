package org.visitprep.crypto;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored versions of the patients' data keys. */
public interface PatientDataKeys {

    /** Every version of the patient's data key, oldest first. */
    List<PatientDataKey> of(UUID patientId);

    /** The version that seals the patient's new data, if the patient has a data key. */
    Optional<PatientDataKey> active(UUID patientId);

    Optional<PatientDataKey> version(UUID patientId, int keyVersion);

    /** Up to {@code limit} data keys wrapped under a master key other than the given one. */
    List<PatientDataKey> notWrappedUnder(String masterKeyId, int limit);

    void add(PatientDataKey key);

    /**
     * Deletes every version of the patient's data key.
     *
     * @return how many versions were deleted
     */
    int deleteAllOf(UUID patientId);
}

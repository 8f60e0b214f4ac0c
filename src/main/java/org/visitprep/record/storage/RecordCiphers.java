package org.visitprep.record.storage;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.visitprep.crypto.DataKeyCache;
import org.visitprep.crypto.HealthDataCipher;
import org.visitprep.crypto.MasterKeyring;
import org.visitprep.crypto.PatientDataKey;
import org.visitprep.crypto.PatientKeys;

/**
 * Opens the {@link RecordCipher} of a patient over a snapshot of their data keys, read once: an import or a record
 * read then unwraps each key once and never goes back to the database for it.
 *
 * <p>A plain class: in the container the keys are read with the container's entity manager and a first key is
 * issued through {@code PatientKeyService} in a transaction of its own; tools and tests hand in their own.
 */
public final class RecordCiphers {

    private final MasterKeyring masterKeys;
    private final SecureRandom random;
    private final Function<UUID, List<PatientDataKey>> storedKeys;
    private final Consumer<UUID> firstKeyIssuer;

    /**
     * @param storedKeys reads every version of a patient's data key
     * @param firstKeyIssuer issues and commits a patient's first data key unless they have one
     */
    public RecordCiphers(
            MasterKeyring masterKeys,
            SecureRandom random,
            Function<UUID, List<PatientDataKey>> storedKeys,
            Consumer<UUID> firstKeyIssuer) {
        this.masterKeys = Objects.requireNonNull(masterKeys);
        this.random = Objects.requireNonNull(random);
        this.storedKeys = Objects.requireNonNull(storedKeys);
        this.firstKeyIssuer = Objects.requireNonNull(firstKeyIssuer);
    }

    /** The cipher to store the patient's data with, issuing their first data key if they have none. */
    RecordCipher forWriting(UUID patientId) {
        KeySnapshot keys = new KeySnapshot(patientId, storedKeys.apply(patientId));
        if (keys.isEmpty()) {
            firstKeyIssuer.accept(patientId);
            keys = new KeySnapshot(patientId, storedKeys.apply(patientId));
            if (keys.isEmpty()) {
                throw new IllegalStateException("No data key could be issued for patient " + patientId);
            }
        }
        return cipherOver(patientId, keys);
    }

    /** The cipher to read the patient's data with; empty when they have no data key, so nothing sealed. */
    Optional<RecordCipher> forReading(UUID patientId) {
        KeySnapshot keys = new KeySnapshot(patientId, storedKeys.apply(patientId));
        return keys.isEmpty() ? Optional.empty() : Optional.of(cipherOver(patientId, keys));
    }

    private RecordCipher cipherOver(UUID patientId, KeySnapshot keys) {
        PatientKeys patientKeys = new PatientKeys(keys, masterKeys, new DataKeyCache(), random);
        return new RecordCipher(patientId, new HealthDataCipher(patientKeys, random));
    }
}

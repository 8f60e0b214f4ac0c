package org.visitprep.record.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.crypto.PatientDataKey;
import org.visitprep.crypto.PatientDataKeys;

/**
 * One patient's data keys as read once from the database, held in memory and never written: a cipher over it seals
 * and opens from any thread without touching an entity manager, which is what lets an import seal in parallel.
 */
final class KeySnapshot implements PatientDataKeys {

    private final UUID patientId;
    private final List<PatientDataKey> versions;

    KeySnapshot(UUID patientId, List<PatientDataKey> versions) {
        this.patientId = patientId;
        this.versions = List.copyOf(versions);
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    @Override
    public List<PatientDataKey> of(UUID patient) {
        return patient.equals(patientId) ? versions : List.of();
    }

    @Override
    public Optional<PatientDataKey> active(UUID patient) {
        return of(patient).stream().filter(PatientDataKey::isActive).findFirst();
    }

    @Override
    public Optional<PatientDataKey> version(UUID patient, int keyVersion) {
        return of(patient).stream()
                .filter(key -> key.keyVersion() == keyVersion)
                .findFirst();
    }

    @Override
    public List<PatientDataKey> notWrappedUnder(String masterKeyId, int limit) {
        throw readOnly();
    }

    @Override
    public void add(PatientDataKey key) {
        throw readOnly();
    }

    @Override
    public int deleteAllOf(UUID patient) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A snapshot of a patient's data keys is read-only");
    }
}

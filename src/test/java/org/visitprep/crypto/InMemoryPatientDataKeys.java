package org.visitprep.crypto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link PatientDataKeys} in a list, for tests that need no database. */
final class InMemoryPatientDataKeys implements PatientDataKeys {

    private final List<PatientDataKey> keys = new ArrayList<>();

    @Override
    public synchronized List<PatientDataKey> of(UUID patientId) {
        return keys.stream()
                .filter(key -> key.patientId().equals(patientId))
                .sorted(Comparator.comparingInt(PatientDataKey::keyVersion))
                .toList();
    }

    @Override
    public synchronized Optional<PatientDataKey> active(UUID patientId) {
        return of(patientId).stream().filter(PatientDataKey::isActive).findFirst();
    }

    @Override
    public synchronized Optional<PatientDataKey> version(UUID patientId, int keyVersion) {
        return of(patientId).stream()
                .filter(key -> key.keyVersion() == keyVersion)
                .findFirst();
    }

    @Override
    public synchronized List<PatientDataKey> notWrappedUnder(String masterKeyId, int limit) {
        return keys.stream()
                .filter(key -> !key.masterKeyId().equals(masterKeyId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void add(PatientDataKey key) {
        keys.add(key);
    }

    @Override
    public synchronized int deleteAllOf(UUID patientId) {
        int before = keys.size();
        keys.removeIf(key -> key.patientId().equals(patientId));
        return before - keys.size();
    }
}

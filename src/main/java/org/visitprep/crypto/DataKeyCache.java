package org.visitprep.crypto;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Unwrapped data keys kept in memory for a short while, so that sealing thousands of resources unwraps a patient's
 * key once. Bounded in size and time: a key rotated or shredded elsewhere in the cluster is dropped here within
 * {@link #DEFAULT_TIME_TO_LIVE}.
 *
 * <p>Holds only keys that are committed to the database, so that nothing is ever sealed under a key that a rolled
 * back transaction took away.
 */
public final class DataKeyCache {

    public static final int DEFAULT_MAXIMUM_SIZE = 4096;
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);

    private record Version(UUID patientId, int version) {}

    private final ExpiringLruMap<Version, DataKey> versions;
    private final ExpiringLruMap<UUID, DataKey> active;

    public DataKeyCache() {
        this(DEFAULT_MAXIMUM_SIZE, DEFAULT_TIME_TO_LIVE, Clock.systemUTC());
    }

    public DataKeyCache(int maximumSize, Duration timeToLive, Clock clock) {
        this.versions = new ExpiringLruMap<>(maximumSize, timeToLive, clock);
        this.active = new ExpiringLruMap<>(maximumSize, timeToLive, clock);
    }

    Optional<DataKey> version(UUID patientId, int version) {
        return versions.get(new Version(patientId, version));
    }

    Optional<DataKey> active(UUID patientId) {
        return active.get(patientId);
    }

    void remember(DataKey key) {
        versions.put(new Version(key.patientId(), key.version()), key);
    }

    void rememberActive(DataKey key) {
        remember(key);
        active.put(key.patientId(), key);
    }

    /** Forgets which version seals the patient's new data, after a rotation. */
    void forgetActive(UUID patientId) {
        active.remove(patientId);
    }

    /** Forgets every key of the patient, after shredding. */
    void forget(UUID patientId) {
        active.remove(patientId);
        versions.removeIf(version -> version.patientId().equals(patientId));
    }

    int size() {
        return versions.size();
    }
}

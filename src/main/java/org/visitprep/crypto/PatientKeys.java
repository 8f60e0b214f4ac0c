package org.visitprep.crypto;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The patients' data keys: issued on a patient's first use, unwrapped through the {@link DataKeyCache}, rotated to a
 * new version, re-wrapped under a new master key, and shredded.
 *
 * <p>A plain class over a {@link PatientDataKeys} store: the caller owns the transaction. The EJBs of this package
 * run it in the container; tests and benchmarks run it with an entity manager of their own.
 */
public final class PatientKeys {

    private final PatientDataKeys store;
    private final MasterKeyring masterKeys;
    private final DataKeyCache cache;
    private final DataKeyWrapper wrapper;
    private final SecureRandom random;
    private final Clock clock;
    private final Consumer<UUID> firstKeyIssuer;

    /**
     * Keys that issue a patient's first data key in the caller's transaction, for tests, tools and benchmarks. The
     * cache then learns the key before the caller commits: after a rollback, use a fresh cache.
     */
    public PatientKeys(PatientDataKeys store, MasterKeyring masterKeys, DataKeyCache cache, SecureRandom random) {
        this(store, masterKeys, cache, random, null);
    }

    /**
     * Keys that issue a patient's first data key through the given issuer, which commits it in a transaction of its
     * own (it calls {@link #issueFirstKeyIfAbsent} there) so that a key is never cached before it is committed.
     */
    PatientKeys(
            PatientDataKeys store,
            MasterKeyring masterKeys,
            DataKeyCache cache,
            SecureRandom random,
            Consumer<UUID> firstKeyIssuer) {
        this.store = Objects.requireNonNull(store);
        this.masterKeys = Objects.requireNonNull(masterKeys);
        this.cache = Objects.requireNonNull(cache);
        this.random = Objects.requireNonNull(random);
        this.wrapper = new DataKeyWrapper(masterKeys, random);
        this.clock = Clock.systemUTC();
        this.firstKeyIssuer = firstKeyIssuer != null ? firstKeyIssuer : this::issueFirstKeyIfAbsent;
    }

    /** The key that seals the patient's new data, issued now if the patient has none. */
    DataKey sealingKey(UUID patientId) {
        return cache.active(patientId).orElseGet(() -> {
            PatientDataKey stored = store.active(patientId).orElseGet(() -> {
                firstKeyIssuer.accept(patientId);
                return store.active(patientId)
                        .orElseThrow(() ->
                                new IllegalStateException("No data key could be issued for patient " + patientId));
            });
            DataKey key = unwrap(stored);
            cache.rememberActive(key);
            return key;
        });
    }

    /**
     * The given version of the patient's data key.
     *
     * @throws UnreadableHealthDataException if the patient has no such version (shredded, or never issued)
     */
    DataKey openingKey(UUID patientId, int keyVersion) {
        return cache.version(patientId, keyVersion).orElseGet(() -> {
            PatientDataKey stored = store.version(patientId, keyVersion)
                    .orElseThrow(() -> new UnreadableHealthDataException("The patient has no data key version "
                            + keyVersion + ": the keys were shredded, or the data was sealed for another patient"));
            DataKey key = unwrap(stored);
            cache.remember(key);
            return key;
        });
    }

    /**
     * The key of the patient's blind indexes: derived from the first version of their data key, so that an index
     * stays the same across data-key rotations and storage keeps finding older rows. It goes with crypto-shredding.
     */
    DataKey blindIndexKey(UUID patientId) {
        return cache.version(patientId, PatientDataKey.FIRST_VERSION).orElseGet(() -> {
            sealingKey(patientId);
            return openingKey(patientId, PatientDataKey.FIRST_VERSION);
        });
    }

    /** The version that seals the patient's new data, issuing the first if the patient has none. */
    public int activeVersion(UUID patientId) {
        return sealingKey(patientId).version();
    }

    /** Issues version 1 of the patient's data key unless the patient has a data key already. */
    public void issueFirstKeyIfAbsent(UUID patientId) {
        if (store.of(patientId).isEmpty()) {
            store.add(newKey(patientId, PatientDataKey.FIRST_VERSION));
        }
    }

    /**
     * Rotates the patient's data key: a new version seals their new data from now on, and the older versions still
     * open what they sealed until storage re-seals it. Other nodes of a cluster follow within the cache's lifetime.
     *
     * @return the new version
     */
    public int rotate(UUID patientId) {
        List<PatientDataKey> versions = store.of(patientId);
        versions.forEach(PatientDataKey::retire);
        int next = versions.isEmpty()
                ? PatientDataKey.FIRST_VERSION
                : versions.getLast().keyVersion() + 1;
        store.add(newKey(patientId, next));
        cache.forgetActive(patientId);
        return next;
    }

    /**
     * Re-wraps up to {@code limit} data keys that are wrapped under a previous master key, under the current one.
     * The data keys themselves, and so all sealed data, stay as they are.
     *
     * @return how many were re-wrapped; 0 once every data key is under the current master key
     */
    public int rewrapUnderCurrentMasterKey(int limit) {
        List<PatientDataKey> batch = store.notWrappedUnder(masterKeys.current().id(), limit);
        for (PatientDataKey stored : batch) {
            byte[] material = wrapper.unwrap(stored.patientId(), stored.keyVersion(), stored.wrapped());
            try {
                stored.rewrap(wrapper.wrap(stored.patientId(), stored.keyVersion(), material));
            } finally {
                Arrays.fill(material, (byte) 0);
            }
        }
        return batch.size();
    }

    /**
     * Crypto-shreds the patient: deletes every version of their data key, so that everything sealed for them can
     * no longer be opened by anyone. Other nodes of a cluster drop their cached copies within the cache's lifetime.
     *
     * @return how many key versions were deleted
     */
    public int shred(UUID patientId) {
        int deleted = store.deleteAllOf(patientId);
        cache.forget(patientId);
        return deleted;
    }

    private PatientDataKey newKey(UUID patientId, int version) {
        byte[] material = new byte[DataKey.LENGTH];
        random.nextBytes(material);
        try {
            return new PatientDataKey(patientId, version, wrapper.wrap(patientId, version, material), clock.instant());
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private DataKey unwrap(PatientDataKey stored) {
        byte[] material = wrapper.unwrap(stored.patientId(), stored.keyVersion(), stored.wrapped());
        try {
            return new DataKey(stored.patientId(), stored.keyVersion(), material);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }
}

package org.visitprep.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;

/**
 * One version of a patient's data key as stored: wrapped (encrypted and authenticated) under the master key it names.
 * The active version seals new data; the others still open what they sealed. The key in clear is never stored.
 */
@Entity
@Table(name = "patient_data_key")
@IdClass(PatientDataKey.Ref.class)
@NamedQuery(
        name = PatientDataKey.OF_PATIENT,
        query = "select k from PatientDataKey k where k.patientId = :patientId order by k.keyVersion")
@NamedQuery(
        name = PatientDataKey.ACTIVE_OF_PATIENT,
        query = "select k from PatientDataKey k where k.patientId = :patientId and k.active = true")
@NamedQuery(
        name = PatientDataKey.NOT_WRAPPED_UNDER,
        query = "select k from PatientDataKey k where k.masterKeyId <> :masterKeyId"
                + " order by k.patientId, k.keyVersion")
public class PatientDataKey {

    static final String OF_PATIENT = "PatientDataKey.ofPatient";
    static final String ACTIVE_OF_PATIENT = "PatientDataKey.activeOfPatient";
    static final String NOT_WRAPPED_UNDER = "PatientDataKey.notWrappedUnder";

    /** The first version of every patient's data key. */
    public static final int FIRST_VERSION = 1;

    @Id
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Id
    @Column(name = "key_version", nullable = false, updatable = false)
    private int keyVersion;

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;

    @Column(name = "master_key_id", nullable = false)
    private String masterKeyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    protected PatientDataKey() {}

    PatientDataKey(UUID patientId, int keyVersion, WrappedKey wrapped, Instant createdAt) {
        if (keyVersion < FIRST_VERSION) {
            throw new IllegalArgumentException("Key versions start at " + FIRST_VERSION);
        }
        this.patientId = Objects.requireNonNull(patientId);
        this.keyVersion = keyVersion;
        this.wrappedKey = wrapped.bytes();
        this.masterKeyId = wrapped.masterKeyId();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.active = true;
    }

    /** Stops sealing new data with this version; it still opens what it sealed. */
    void retire() {
        this.active = false;
    }

    /** Replaces the wrapping, after the same key was wrapped again under another master key. */
    void rewrap(WrappedKey wrapped) {
        this.wrappedKey = wrapped.bytes();
        this.masterKeyId = wrapped.masterKeyId();
    }

    public UUID patientId() {
        return patientId;
    }

    public int keyVersion() {
        return keyVersion;
    }

    WrappedKey wrapped() {
        return new WrappedKey(masterKeyId, wrappedKey.clone());
    }

    public String masterKeyId() {
        return masterKeyId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    /** The primary key: a patient and a key version. */
    public static class Ref implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID patientId;
        private int keyVersion;

        public Ref() {}

        public Ref(UUID patientId, int keyVersion) {
            this.patientId = patientId;
            this.keyVersion = keyVersion;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ref that
                    && keyVersion == that.keyVersion
                    && Objects.equals(patientId, that.patientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, keyVersion);
        }
    }
}

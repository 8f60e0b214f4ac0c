package org.visitprep.crypto;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One version of a patient's data key in clear, held in memory only: the AES-256 key that seals their health data,
 * and the HMAC key derived from it for blind indexes.
 */
final class DataKey {

    static final int LENGTH = 32;

    /** The HKDF info of the blind-index key; changing it changes every blind index. */
    private static final String BLIND_INDEX_INFO = "visitprep/blind-index/v1";

    private final UUID patientId;
    private final int version;
    private final SecretKey sealingKey;
    private final SecretKey blindIndexKey;

    /** Takes a copy of the material; the caller wipes its own. */
    DataKey(UUID patientId, int version, byte[] material) {
        if (material.length != LENGTH) {
            throw new IllegalArgumentException("A data key is " + LENGTH + " bytes");
        }
        this.patientId = Objects.requireNonNull(patientId);
        this.version = version;
        this.sealingKey = new SecretKeySpec(material, "AES");
        byte[] indexMaterial = KeyDerivation.hkdfSha256(material, BLIND_INDEX_INFO);
        this.blindIndexKey = new SecretKeySpec(indexMaterial, "HmacSHA256");
        Arrays.fill(indexMaterial, (byte) 0);
    }

    UUID patientId() {
        return patientId;
    }

    int version() {
        return version;
    }

    SecretKey sealingKey() {
        return sealingKey;
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    /** Names the patient and version only. */
    @Override
    public String toString() {
        return "DataKey[" + patientId + " v" + version + "]";
    }
}

package org.visitprep.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens a patient's health data with AES-256-GCM under their data key, and computes blind indexes.
 *
 * <p>Sealed data is self-describing: one format byte ({@value #FORMAT}), the data-key version as a 4-byte big-endian
 * integer, a fresh random 12-byte nonce, then the ciphertext and its 16-byte tag; {@value #OVERHEAD} bytes more than
 * the plaintext. The format byte, the key version, the patient id and the purpose are authenticated with the data,
 * so data moved to another patient or another column does not open.
 *
 * <p>A plain class, cheap to create: the keys come from {@link PatientKeys} and its cache, and each thread reuses
 * its own {@code Cipher} and {@code Mac}.
 */
public final class HealthDataCipher {

    /** The first byte of everything sealed in this format. */
    public static final byte FORMAT = 1;

    private static final int KEY_VERSION_LENGTH = 4;
    private static final int HEADER_LENGTH = 1 + KEY_VERSION_LENGTH;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_LENGTH = 16;

    /** How many bytes sealing adds to the plaintext. */
    public static final int OVERHEAD = HEADER_LENGTH + NONCE_LENGTH + TAG_LENGTH;

    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding"));
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(HealthDataCipher::hmacSha256);

    private final PatientKeys keys;
    private final SecureRandom random;

    public HealthDataCipher(PatientKeys keys, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys);
        this.random = Objects.requireNonNull(random);
    }

    /**
     * Seals health data of the patient under their active data key.
     *
     * @param purpose what the data is, e.g. {@code "observation.resource"}; opening needs the same purpose
     */
    public byte[] seal(UUID patientId, byte[] plaintext, String purpose) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] purposeBytes = purposeBytes(purpose);
        DataKey key = keys.sealingKey(Objects.requireNonNull(patientId, "patientId"));
        byte[] sealed = new byte[OVERHEAD + plaintext.length];
        ByteBuffer.wrap(sealed).put(FORMAT).putInt(key.version());
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, sealed, HEADER_LENGTH, NONCE_LENGTH);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key.sealingKey(), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            cipher.updateAAD(associatedData(sealed, patientId, purposeBytes));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, HEADER_LENGTH + NONCE_LENGTH);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not seal with AES-GCM", e);
        }
    }

    /**
     * Opens what {@link #seal} sealed for the same patient and purpose, under whichever key version sealed it.
     *
     * @throws UnreadableHealthDataException if it was altered, sealed for another patient or purpose, is not sealed
     *     data, or the patient's keys were shredded
     */
    public byte[] open(UUID patientId, byte[] sealed, String purpose) {
        byte[] purposeBytes = purposeBytes(purpose);
        int keyVersion = keyVersionOf(sealed);
        DataKey key = keys.openingKey(Objects.requireNonNull(patientId, "patientId"), keyVersion);
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key.sealingKey(),
                    new GCMParameterSpec(TAG_LENGTH * 8, sealed, HEADER_LENGTH, NONCE_LENGTH));
            cipher.updateAAD(associatedData(sealed, patientId, purposeBytes));
            int offset = HEADER_LENGTH + NONCE_LENGTH;
            return cipher.doFinal(sealed, offset, sealed.length - offset);
        } catch (AEADBadTagException e) {
            throw new UnreadableHealthDataException("Sealed health data does not authenticate: it was altered, or "
                    + "sealed for another patient or another purpose");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not open with AES-GCM", e);
        }
    }

    /**
     * Opens the data and seals it again under the patient's active key version, for storage to re-seal old data
     * after a data-key rotation; answers the same array when it is already sealed under the active version.
     */
    public byte[] reseal(UUID patientId, byte[] sealed, String purpose) {
        if (keyVersionOf(sealed) == activeKeyVersion(patientId)) {
            open(patientId, sealed, purpose);
            return sealed;
        }
        return seal(patientId, open(patientId, sealed, purpose), purpose);
    }

    /** The data-key version that seals the patient's new data. */
    public int activeKeyVersion(UUID patientId) {
        return keys.activeVersion(patientId);
    }

    /**
     * The data-key version that sealed the given data, read from its header without opening it.
     *
     * @throws UnreadableHealthDataException if it is not sealed data in this format
     */
    public static int keyVersionOf(byte[] sealed) {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < OVERHEAD) {
            throw new UnreadableHealthDataException("Sealed health data is " + sealed.length
                    + " bytes, shorter than the " + OVERHEAD + " bytes any sealed data has: it is cut short");
        }
        if (sealed[0] != FORMAT) {
            throw new UnreadableHealthDataException("Sealed health data starts with format byte " + sealed[0]
                    + ", where only format " + FORMAT + " is known: it is altered, or not sealed data");
        }
        int keyVersion = ByteBuffer.wrap(sealed, 1, KEY_VERSION_LENGTH).getInt();
        if (keyVersion < PatientDataKey.FIRST_VERSION) {
            throw new UnreadableHealthDataException("Sealed health data names key version " + keyVersion
                    + ", which no key has: it is altered, or not sealed data");
        }
        return keyVersion;
    }

    /**
     * A blind index of the value for the patient: HMAC-SHA256 of its UTF-8 bytes under the patient's blind-index key
     * (HKDF-SHA256 of the first version of their data key, info {@code visitprep/blind-index/v1}). Equal values give
     * equal indexes for one patient, across data-key rotations; the same value gives unrelated indexes for different
     * patients. Qualify values that different fields share, e.g. {@code "loinc|4548-4"}.
     *
     * @return 32 bytes
     */
    public byte[] blindIndex(UUID patientId, String value) {
        Objects.requireNonNull(value, "value");
        DataKey key = keys.blindIndexKey(Objects.requireNonNull(patientId, "patientId"));
        try {
            Mac mac = HMAC_SHA256.get();
            mac.init(key.blindIndexKey());
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not compute HMAC-SHA256", e);
        }
    }

    /** The format byte and key version, then the patient id, then the purpose. */
    private static byte[] associatedData(byte[] sealed, UUID patientId, byte[] purposeBytes) {
        return ByteBuffer.allocate(HEADER_LENGTH + 16 + purposeBytes.length)
                .put(sealed, 0, HEADER_LENGTH)
                .putLong(patientId.getMostSignificantBits())
                .putLong(patientId.getLeastSignificantBits())
                .put(purposeBytes)
                .array();
    }

    private static byte[] purposeBytes(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("Sealing and opening need a purpose naming what the data is");
        }
        return purpose.getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher instance(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + transformation, e);
        }
    }

    private static Mac hmacSha256() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no HmacSHA256", e);
        }
    }
}

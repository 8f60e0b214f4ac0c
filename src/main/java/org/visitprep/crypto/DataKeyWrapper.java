package org.visitprep.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Wraps data keys under the current master key with AES-256-GCM, and unwraps them under whichever master key they
 * name. The patient, the key version and the master key id are authenticated with the key, so a wrapped key copied
 * to another patient's row, or relabelled, does not unwrap.
 */
final class DataKeyWrapper {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "visitprep/data-key/v1".getBytes(StandardCharsets.US_ASCII);

    private final MasterKeyring masterKeys;
    private final SecureRandom random;

    DataKeyWrapper(MasterKeyring masterKeys, SecureRandom random) {
        this.masterKeys = masterKeys;
        this.random = random;
    }

    WrappedKey wrap(UUID patientId, int keyVersion, byte[] dataKey) {
        MasterKey master = masterKeys.current();
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, master.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(patientId, keyVersion, master.id()));
            byte[] wrapped = new byte[NONCE_LENGTH + cipher.getOutputSize(dataKey.length)];
            System.arraycopy(nonce, 0, wrapped, 0, NONCE_LENGTH);
            cipher.doFinal(dataKey, 0, dataKey.length, wrapped, NONCE_LENGTH);
            return new WrappedKey(master.id(), wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not wrap a data key with AES-GCM", e);
        }
    }

    /** The data key in clear; the caller wipes it when done. */
    byte[] unwrap(UUID patientId, int keyVersion, WrappedKey wrapped) {
        String where = "The data key version " + keyVersion + " of patient " + patientId;
        MasterKey master = masterKeys
                .byId(wrapped.masterKeyId())
                .orElseThrow(() -> new IllegalStateException(where
                        + " is wrapped under master key '" + wrapped.masterKeyId()
                        + "', which is not configured: add it to "
                        + MasterKeyring.PREVIOUS_MASTER_KEYS
                        + " until a master-key rotation has re-wrapped every data key"));
        byte[] bytes = wrapped.bytes();
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, master.key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_LENGTH));
            cipher.updateAAD(associatedData(patientId, keyVersion, master.id()));
            return cipher.doFinal(bytes, NONCE_LENGTH, bytes.length - NONCE_LENGTH);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException(where + " does not unwrap under master key '" + master.id()
                    + "': the configured key of that id is not the one that wrapped it, or the stored row was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK could not unwrap a data key with AES-GCM", e);
        }
    }

    private static byte[] associatedData(UUID patientId, int keyVersion, String masterKeyId) {
        byte[] id = masterKeyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(CONTEXT.length + 16 + 4 + id.length)
                .put(CONTEXT)
                .putLong(patientId.getMostSignificantBits())
                .putLong(patientId.getLeastSignificantBits())
                .putInt(keyVersion)
                .put(id)
                .array();
    }
}

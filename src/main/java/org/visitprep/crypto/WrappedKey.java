package org.visitprep.crypto;

import java.util.Objects;

/**
 * A data key encrypted and authenticated under a master key: a 12-byte nonce, then the 32-byte key and the 16-byte
 * AES-GCM tag.
 *
 * @param masterKeyId the id of the master key that wrapped it
 * @param bytes the wrapped key
 */
record WrappedKey(String masterKeyId, byte[] bytes) {

    WrappedKey {
        Objects.requireNonNull(masterKeyId);
        Objects.requireNonNull(bytes);
    }

    @Override
    public String toString() {
        return "WrappedKey[" + masterKeyId + "]";
    }
}

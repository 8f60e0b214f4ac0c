package org.visitprep.record.storage;

import java.util.Arrays;
import java.util.Objects;

/**
 * A blind index as stored: the HMAC of a value under the patient's blind-index key. Equal values of one patient
 * give equal indexes, so it can be looked up and compared, and it says nothing of the value.
 */
record BlindIndex(byte[] bytes) {

    BlindIndex {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The index as stored, or null for a null column. */
    static BlindIndex ofNullable(byte[] stored) {
        return stored == null ? null : new BlindIndex(stored);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlindIndex that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Says nothing of the bytes: an index is not secret, but it is no one's business either. */
    @Override
    public String toString() {
        return "BlindIndex[" + bytes.length + " bytes]";
    }
}

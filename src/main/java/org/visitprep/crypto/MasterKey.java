package org.visitprep.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key from configuration that wraps the patients' data keys, known by an id that the wrapped keys name.
 */
public final class MasterKey {

    /** The length of a master key in bytes. */
    public static final int LENGTH = 32;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String id;
    private final SecretKey key;

    MasterKey(String id, byte[] material) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("A master key id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (material.length != LENGTH) {
            throw new IllegalArgumentException("A master key is " + LENGTH + " bytes");
        }
        this.id = id;
        this.key = new SecretKeySpec(material, "AES");
    }

    static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public String id() {
        return id;
    }

    SecretKey key() {
        return key;
    }

    /** Whether this key has the given material; compared in constant time. */
    boolean hasMaterial(byte[] material) {
        byte[] own = key.getEncoded();
        try {
            return MessageDigest.isEqual(own, material);
        } finally {
            Arrays.fill(own, (byte) 0);
        }
    }

    /** Names the key by its id only. */
    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}

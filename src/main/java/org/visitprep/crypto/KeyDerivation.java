package org.visitprep.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), to derive keys for other uses from a data key so that no key serves two
 * algorithms. The JDK's own HKDF ({@code javax.crypto.KDF}) arrived after Java 21, the release we compile for.
 */
final class KeyDerivation {

    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private KeyDerivation() {}

    /**
     * Derives 32 bytes from the input key material with an all-zero salt (RFC 5869, 2.2) and the given info.
     *
     * @param info what the derived key is for; different infos give independent keys
     */
    static byte[] hkdfSha256(byte[] inputKeyMaterial, String info) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(new byte[HASH_LENGTH], HMAC));
            byte[] pseudoRandomKey = mac.doFinal(inputKeyMaterial);
            mac.init(new SecretKeySpec(pseudoRandomKey, HMAC));
            Arrays.fill(pseudoRandomKey, (byte) 0);
            mac.update(info.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + HMAC, e);
        }
    }
}

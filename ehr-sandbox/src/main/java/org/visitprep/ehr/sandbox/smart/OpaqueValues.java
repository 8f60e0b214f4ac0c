package org.visitprep.ehr.sandbox.smart;

import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;

/** Unguessable values for codes, tokens, launch ids and pending requests: 256 random bits, base64url. */
public final class OpaqueValues {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueValues() {}

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64URL.encode(bytes).toString();
    }
}

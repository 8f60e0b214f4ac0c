package org.visitprep.web.it.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A time-based one-time password (RFC 6238 over RFC 4226's HOTP: HMAC-SHA1, 30-second steps, six digits), as an
 * authenticator app on the clinician's phone computes it from the secret it shares with Keycloak.
 */
final class OneTimeCode {

    private static final long STEP_SECONDS = 30;
    private static final int DIGITS = 6;

    private OneTimeCode() {}

    /** The code for the secret Keycloak keeps as text (its UTF-8 bytes are the HMAC key), at that moment. */
    static String at(String secret, Instant moment) {
        long counter = moment.getEpochSecond() / STEP_SECONDS;
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        // RFC 4226 section 5.3: dynamic truncation
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    }
}

package org.visitprep.ehr.smart;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A PKCE code verifier (RFC 7636): 43 to 128 characters of {@code [A-Za-z0-9-._~]}, kept with the pending flow on
 * the server and sent only to the token endpoint. Its text never shows the value.
 */
public record PkceVerifier(String value) implements Serializable {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final int RANDOM_BYTES = 32;

    public PkceVerifier {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A PKCE code verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
        }
    }

    /** A new verifier: 32 random bytes, base64url without padding (43 characters, 256 bits). */
    public static PkceVerifier generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new PkceVerifier(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The S256 {@code code_challenge}: base64url, without padding, of the SHA-256 of the verifier's ASCII. */
    public String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PkceVerifier[hidden]";
    }
}

package org.visitprep.ehr.sandbox.smart;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** A PKCE code challenge (RFC 7636), of method S256: the only method SMART App Launch 2 allows. */
public record PkceChallenge(String value) {

    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    /** Checks the authorization request's challenge and method. */
    public static PkceChallenge of(String challenge, String method) throws OAuthError {
        if (challenge == null || challenge.isEmpty()) {
            throw OAuthError.invalidRequest("code_challenge is required: PKCE with S256 is mandatory here");
        }
        if (!"S256".equals(method)) {
            throw OAuthError.invalidRequest("code_challenge_method must be S256; '" + method + "' is not accepted");
        }
        if (!CHALLENGE.matcher(challenge).matches()) {
            throw OAuthError.invalidRequest("code_challenge must be the base64url SHA-256 of the verifier (43 chars)");
        }
        return new PkceChallenge(challenge);
    }

    /** Checks the token request's verifier against this challenge. */
    public void verify(String verifier) throws OAuthError {
        if (verifier == null || verifier.isEmpty()) {
            throw OAuthError.invalidRequest("code_verifier is required: the authorization used PKCE");
        }
        if (!VERIFIER.matcher(verifier).matches()) {
            throw OAuthError.invalidGrant("code_verifier must be 43 to 128 unreserved characters (RFC 7636)");
        }
        byte[] expected = value.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = s256(verifier).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw OAuthError.invalidGrant("code_verifier does not match the code_challenge");
        }
    }

    /** The S256 transformation: base64url, unpadded, of the SHA-256 of the verifier. */
    public static String s256(String verifier) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return Base64URL.encode(sha256.digest(verifier.getBytes(StandardCharsets.US_ASCII)))
                    .toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}

package org.visitprep.ehr.sandbox.smart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * A client application allowed to ask for authorization, with its exact redirect URIs. A client with a secret is
 * confidential and must authenticate at the token endpoint.
 */
public record RegisteredClient(String clientId, Optional<String> secret, List<String> redirectUris) {

    public boolean allowsRedirectTo(String redirectUri) {
        return redirectUri != null && redirectUris.contains(redirectUri);
    }

    public boolean isConfidential() {
        return secret.isPresent();
    }

    /** Compares in constant time, so the comparison does not tell how much of a guess was right. */
    public boolean hasSecret(String candidate) {
        return candidate != null
                && secret.isPresent()
                && MessageDigest.isEqual(
                        secret.get().getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}

package org.visitprep.ehr.smart;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A launch sent to the EHR's authorize page and not yet back: what the callback needs to check and finish it. The
 * web layer keeps it in the HTTP session (in {@link PendingLaunches}); it never goes into a URL or a cookie. Its text
 * shows no state, nonce or verifier.
 *
 * @param state the random {@code state} sent to the EHR; the callback must bring it back
 * @param nonce the random {@code nonce} the id_token must carry
 * @param verifier the PKCE verifier whose challenge went to the EHR
 * @param iss the EHR's FHIR base URL
 * @param redirectUri the callback URL sent to the EHR, sent again with the code
 */
public record PendingLaunch(
        String state,
        String nonce,
        PkceVerifier verifier,
        String iss,
        LaunchKind kind,
        URI redirectUri,
        Instant startedAt,
        Instant expiresAt)
        implements Serializable {

    public PendingLaunch {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(iss, "iss");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The same launch holding another verifier: what a callback would see if the session had been tampered with. */
    PendingLaunch withVerifier(PkceVerifier other) {
        return new PendingLaunch(state, nonce, other, iss, kind, redirectUri, startedAt, expiresAt);
    }

    @Override
    public String toString() {
        return "PendingLaunch[" + kind + " at " + iss + ", started " + startedAt + "]";
    }
}

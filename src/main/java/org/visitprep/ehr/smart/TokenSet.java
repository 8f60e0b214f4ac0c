package org.visitprep.ehr.smart;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens an EHR gave: the bearer access token, its expiry, the refresh token if any, and the granted scopes.
 * They are secrets: storage keeps them sealed, and this class's text never shows them.
 */
public final class TokenSet {

    /** A token is treated as expired this long before its expiry, so that it does not expire mid-pull. */
    public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final String accessToken;
    private final Instant expiresAt;
    private final String refreshToken;
    private final String scope;

    public TokenSet(String accessToken, Instant expiresAt, Optional<String> refreshToken, String scope) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("A token set needs an access token");
        }
        this.accessToken = accessToken;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.refreshToken = refreshToken.filter(token -> !token.isBlank()).orElse(null);
        this.scope = scope == null ? "" : scope;
    }

    public String accessToken() {
        return accessToken;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    public String scope() {
        return scope;
    }

    /** Whether the access token has expired, or will within {@link #EXPIRY_MARGIN}. */
    public boolean isExpiredAt(Instant now) {
        return !now.plus(EXPIRY_MARGIN).isBefore(expiresAt);
    }

    /**
     * The tokens of a refresh: the new access token, and the new refresh token when the EHR rotated it, or this
     * one when it did not.
     */
    public TokenSet renewedBy(TokenSet refreshed) {
        return new TokenSet(
                refreshed.accessToken,
                refreshed.expiresAt,
                refreshed.refreshToken().or(this::refreshToken),
                refreshed.scope.isEmpty() ? scope : refreshed.scope);
    }

    @Override
    public String toString() {
        return "TokenSet[scope " + scope + ", expires " + expiresAt + ", refreshable " + (refreshToken != null) + "]";
    }
}

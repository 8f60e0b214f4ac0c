package org.visitprep.ehr.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenSetTest {

    private static final Instant EXPIRY = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void aTokenCountsAsExpiredShortlyBeforeItsExpiry() {
        TokenSet tokens = new TokenSet("access", EXPIRY, Optional.empty(), "");

        assertFalse(tokens.isExpiredAt(EXPIRY.minusSeconds(31)));
        assertTrue(tokens.isExpiredAt(EXPIRY.minusSeconds(30)));
        assertTrue(tokens.isExpiredAt(EXPIRY.plusSeconds(1)));
    }

    @Test
    void aRefreshWithoutANewRefreshTokenKeepsTheOldOne() {
        TokenSet old = new TokenSet("old-access", EXPIRY, Optional.of("old-refresh"), "patient/*.rs");

        TokenSet kept = old.renewedBy(new TokenSet("new-access", EXPIRY.plusSeconds(300), Optional.empty(), ""));
        TokenSet rotated = old.renewedBy(new TokenSet("new-access", EXPIRY, Optional.of("new-refresh"), "openid"));

        assertEquals("new-access", kept.accessToken());
        assertEquals(Optional.of("old-refresh"), kept.refreshToken());
        assertEquals("patient/*.rs", kept.scope());
        assertEquals(EXPIRY.plusSeconds(300), kept.expiresAt());
        assertEquals(Optional.of("new-refresh"), rotated.refreshToken());
        assertEquals("openid", rotated.scope());
    }

    @Test
    void itsTextShowsNoToken() {
        TokenSet tokens = new TokenSet("access-secret", EXPIRY, Optional.of("refresh-secret"), "openid");

        assertFalse(tokens.toString().contains("access-secret"), tokens.toString());
        assertFalse(tokens.toString().contains("refresh-secret"), tokens.toString());
    }
}

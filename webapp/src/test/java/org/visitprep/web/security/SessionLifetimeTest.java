package org.visitprep.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.identity.Role;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T08:00:00Z");
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(12), Duration.ofMinutes(5));
    private final SignedInUser bob = new SignedInUser(
            UUID.randomUUID(), "Bob Baker", Role.CLINICIAN, Set.of(Role.CLINICIAN), SIGNED_IN, SIGNED_IN);

    @Test
    void whileTheProviderCannotBeReachedTheSessionGoesOnAndAsksAgainSoonWithinItsAbsoluteTimeout() {
        Instant unreachableAt = SIGNED_IN.plusSeconds(300);
        SignedInUser goingOn = bob.rolesConfirmedAt(lifetime.askAgainAfter(unreachableAt, Duration.ofSeconds(30)));

        assertEquals(SessionLifetime.Verdict.CONTINUE, lifetime.at(goingOn, unreachableAt.plusSeconds(29)));
        assertEquals(SessionLifetime.Verdict.READ_ROLES_AGAIN, lifetime.at(goingOn, unreachableAt.plusSeconds(30)));
        assertEquals(
                SessionLifetime.Verdict.END,
                lifetime.at(goingOn, SIGNED_IN.plus(Duration.ofHours(12))),
                "an outage never lengthens a session");
        SignedInUser longWait = bob.rolesConfirmedAt(lifetime.askAgainAfter(unreachableAt, Duration.ofHours(1)));
        assertEquals(
                SessionLifetime.Verdict.READ_ROLES_AGAIN,
                lifetime.at(longWait, unreachableAt.plusSeconds(300)),
                "never later than the usual interval");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        SignedInUser busy =
                bob.rolesConfirmedAt(SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59)));

        assertEquals(
                SessionLifetime.Verdict.CONTINUE,
                lifetime.at(busy, SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(59))));
        assertEquals(SessionLifetime.Verdict.END, lifetime.at(busy, SIGNED_IN.plus(Duration.ofHours(12))));
        assertEquals(SessionLifetime.Verdict.END, lifetime.at(busy, SIGNED_IN.plus(Duration.ofDays(3))));
    }

    @Test
    void theRolesAreReadAgainEveryFiveMinutes() {
        assertEquals(SessionLifetime.Verdict.CONTINUE, lifetime.at(bob, SIGNED_IN.plusSeconds(299)));
        assertEquals(SessionLifetime.Verdict.READ_ROLES_AGAIN, lifetime.at(bob, SIGNED_IN.plusSeconds(300)));
        assertEquals(
                SessionLifetime.Verdict.CONTINUE,
                lifetime.at(bob.rolesConfirmedAt(SIGNED_IN.plusSeconds(300)), SIGNED_IN.plusSeconds(301)));
    }

    @Test
    void aSessionGoesOnOnlyWithExactlyItsRoles() {
        assertTrue(SessionLifetime.stillHolds(bob, Optional.of(Set.of(Role.CLINICIAN))));
        assertFalse(SessionLifetime.stillHolds(bob, Optional.of(Set.of())), "the role was taken away");
        assertFalse(SessionLifetime.stillHolds(bob, Optional.of(Set.of(Role.CLINICIAN, Role.ADMIN))), "a role added");
        assertFalse(SessionLifetime.stillHolds(bob, Optional.empty()), "the provider no longer answers for him");
    }

    @Test
    void aLifetimeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SessionLifetime(Duration.ZERO, Duration.ofMinutes(5)));
        assertThrows(
                IllegalArgumentException.class, () -> new SessionLifetime(Duration.ofHours(1), Duration.ofSeconds(-1)));
    }

    @Test
    void theRolesAreTheVisitPrepGroupsOfTheProvidersToken() {
        String claims = "{\"sub\":\"b0b\",\"groups\":[\"clinician\",\"second-factor\",\"offline_access\"]}";
        String jwt =
                "e30." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                        + ".sig";

        assertEquals(Set.of(Role.CLINICIAN), ProviderRoles.rolesIn(jwt));
        assertEquals(Set.of(), ProviderRoles.rolesIn("e30.e30.sig"), "no groups, no role");
    }
}

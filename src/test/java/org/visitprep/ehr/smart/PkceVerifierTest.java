package org.visitprep.ehr.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceVerifierTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theS256ChallengeIsTheOneOfRfc7636AppendixB() {
        PkceVerifier verifier = new PkceVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier.challenge());
    }

    @Test
    void aNewVerifierIs43UnreservedCharactersFromTheSecureRandom() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String value = PkceVerifier.generate(RANDOM).value();
            assertEquals(43, value.length(), value);
            assertTrue(value.matches("[A-Za-z0-9\\-._~]+"), value);
            seen.add(value);
        }
        assertEquals(200, seen.size(), "verifiers repeat");
    }

    @Test
    void aVerifierOutsideRfc7636IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PkceVerifier("a".repeat(42)));
        assertThrows(IllegalArgumentException.class, () -> new PkceVerifier("a".repeat(129)));
        assertThrows(IllegalArgumentException.class, () -> new PkceVerifier("a".repeat(42) + "+"));
        assertThrows(IllegalArgumentException.class, () -> new PkceVerifier("a".repeat(42) + "="));
        assertThrows(IllegalArgumentException.class, () -> new PkceVerifier(null));
        new PkceVerifier("a".repeat(43));
        new PkceVerifier("~._-".repeat(32));
    }

    @Test
    void itsTextHidesTheValue() {
        PkceVerifier verifier = PkceVerifier.generate(RANDOM);

        assertFalse(verifier.toString().contains(verifier.value()));
    }
}

package org.visitprep.ehr.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingLaunchesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    static PendingLaunch launch(String state) {
        return new PendingLaunch(
                state,
                "nonce-" + state,
                PkceVerifier.generate(new SecureRandom()),
                "https://ehr.example/fhir",
                LaunchKind.STANDALONE,
                URI.create("https://portal.example/smart/callback"),
                NOW,
                NOW.plus(SmartLaunches.PENDING_LIFETIME));
    }

    @Test
    void aLaunchIsTakenOnceByItsState() {
        PendingLaunches pending = new PendingLaunches();
        PendingLaunch launch = launch("state-1");
        pending.add(launch);

        assertEquals(Optional.empty(), pending.take("another-state"));
        assertEquals(Optional.empty(), pending.take(null));
        assertEquals(Optional.of(launch), pending.take("state-1"));
        assertEquals(Optional.empty(), pending.take("state-1"));
    }

    @Test
    void theOldestLaunchGoesWhenTooManyArePending() {
        PendingLaunches pending = new PendingLaunches();
        for (int i = 0; i <= PendingLaunches.CAPACITY; i++) {
            pending.add(launch("state-" + i));
        }

        assertEquals(PendingLaunches.CAPACITY, pending.size());
        assertTrue(pending.take("state-0").isEmpty());
        assertTrue(pending.take("state-" + PendingLaunches.CAPACITY).isPresent());
    }

    @Test
    void aLaunchExpiresAfterItsLifetime() {
        PendingLaunch launch = launch("state");

        assertFalse(launch.isExpiredAt(NOW.plus(SmartLaunches.PENDING_LIFETIME).minusSeconds(1)));
        assertTrue(launch.isExpiredAt(NOW.plus(SmartLaunches.PENDING_LIFETIME)));
    }

    @Test
    void pendingLaunchesSurviveSessionSerialization() throws Exception {
        PendingLaunches pending = new PendingLaunches();
        PendingLaunch launch = launch("state-s");
        pending.add(launch);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pending);
        }
        PendingLaunches copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (PendingLaunches) in.readObject();
        }

        assertEquals(Optional.of(launch), copy.take("state-s"));
    }

    @Test
    void theirTextShowsNoSecret() {
        PendingLaunch launch = launch("state-secret");
        PendingLaunches pending = new PendingLaunches();
        pending.add(launch);

        for (String text : new String[] {launch.toString(), pending.toString()}) {
            assertFalse(text.contains("state-secret"), text);
            assertFalse(text.contains("nonce-"), text);
            assertFalse(text.contains(launch.verifier().value()), text);
        }
    }
}

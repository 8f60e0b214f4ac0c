package org.visitprep.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataKeyCacheTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final DataKeyCache cache = new DataKeyCache(3, Duration.ofMinutes(5), clock);

    private static DataKey keyOf(UUID patientId, int version) {
        byte[] material = new byte[DataKey.LENGTH];
        TestKeys.RANDOM.nextBytes(material);
        return new DataKey(patientId, version, material);
    }

    @Test
    void holdsNoMoreThanItsSizeDroppingTheLeastRecentlyUsed() {
        UUID[] patients = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        cache.remember(keyOf(patients[0], 1));
        cache.remember(keyOf(patients[1], 1));
        cache.remember(keyOf(patients[2], 1));
        cache.version(patients[0], 1);

        cache.remember(keyOf(patients[3], 1));

        assertEquals(3, cache.size());
        assertTrue(cache.version(patients[0], 1).isPresent());
        assertTrue(cache.version(patients[1], 1).isEmpty());
    }

    @Test
    void forgetsAKeyAfterItsTimeToLive() {
        UUID patient = UUID.randomUUID();
        cache.rememberActive(keyOf(patient, 1));
        clock.advance(Duration.ofMinutes(4));
        assertTrue(cache.active(patient).isPresent());

        clock.advance(Duration.ofMinutes(1));

        assertTrue(cache.active(patient).isEmpty());
        assertTrue(cache.version(patient, 1).isEmpty());
    }

    @Test
    void forgettingAPatientDropsAllTheirVersions() {
        UUID patient = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        cache.remember(keyOf(patient, 1));
        cache.rememberActive(keyOf(patient, 2));
        cache.remember(keyOf(other, 1));

        cache.forget(patient);

        assertTrue(cache.active(patient).isEmpty());
        assertTrue(cache.version(patient, 1).isEmpty());
        assertTrue(cache.version(other, 1).isPresent());
    }
}

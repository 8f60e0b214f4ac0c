package org.visitprep.summary.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.sandbox.testing.SettableClock;

/** The breaker outside a container behaves as MicroProfile Fault Tolerance's does. */
class CircuitBreakerStateTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final CircuitBreakerState breaker = CircuitBreakerState.standard(clock);

    @Test
    void opensWhenHalfTheLastFourCallsFailed() {
        call(true);
        call(false);
        call(true);
        assertEquals(CircuitBreakerState.Stage.CLOSED, breaker.stage(), "three calls are below the volume");
        call(false);
        assertEquals(CircuitBreakerState.Stage.OPEN, breaker.stage());
        assertFalse(breaker.allowsCall());
    }

    @Test
    void staysClosedWhileFailuresAreRare() {
        for (int i = 0; i < 20; i++) {
            call(i % 4 != 0);
        }
        assertEquals(CircuitBreakerState.Stage.CLOSED, breaker.stage());
    }

    @Test
    void halfOpensAfterTheDelayForOneTrialThatClosesOrReopensIt() {
        openIt();
        clock.advance(CircuitBreakerState.DELAY.minusSeconds(1));
        assertFalse(breaker.allowsCall(), "still resting");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(breaker.allowsCall(), "the trial call");
        assertFalse(breaker.allowsCall(), "one trial at a time");
        breaker.recordFailure();
        assertEquals(CircuitBreakerState.Stage.OPEN, breaker.stage(), "a failed trial reopens it");

        clock.advance(CircuitBreakerState.DELAY);
        assertTrue(breaker.allowsCall());
        breaker.recordSuccess();
        assertEquals(CircuitBreakerState.Stage.CLOSED, breaker.stage());
        assertTrue(breaker.allowsCall());
    }

    private void openIt() {
        for (int i = 0; i < CircuitBreakerState.REQUEST_VOLUME_THRESHOLD; i++) {
            call(false);
        }
        assertEquals(CircuitBreakerState.Stage.OPEN, breaker.stage());
    }

    private void call(boolean succeeds) {
        assertTrue(breaker.allowsCall());
        if (succeeds) {
            breaker.recordSuccess();
        } else {
            breaker.recordFailure();
        }
    }
}

package org.visitprep.summary.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A circuit breaker with MicroProfile Fault Tolerance's semantics, for the engine outside a container (inside one,
 * {@link LlmSummaries}'s {@code @CircuitBreaker} does this job): closed, it lets calls through and keeps the outcome
 * of the last {@code requestVolumeThreshold} calls; when at least {@code failureRatio} of them failed, it opens and
 * refuses calls for {@code delay}; then it half-opens and lets one trial call through, which closes it again on
 * success or reopens it on failure. Thread-safe.
 */
public final class CircuitBreakerState {

    /** Where the breaker stands. */
    public enum Stage {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    /** The same values as {@link LlmSummaries}'s annotation, so the engine behaves alike in and out of a container. */
    public static final int REQUEST_VOLUME_THRESHOLD = 4;

    public static final double FAILURE_RATIO = 0.5;
    public static final Duration DELAY = Duration.ofSeconds(30);

    private final int requestVolumeThreshold;
    private final double failureRatio;
    private final Duration delay;
    private final Clock clock;
    private final Deque<Boolean> outcomes = new ArrayDeque<>();
    private Stage stage = Stage.CLOSED;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreakerState(int requestVolumeThreshold, double failureRatio, Duration delay, Clock clock) {
        if (requestVolumeThreshold < 1 || failureRatio <= 0 || failureRatio > 1) {
            throw new IllegalArgumentException("a circuit breaker needs a volume of at least 1 and a ratio in (0, 1]");
        }
        this.requestVolumeThreshold = requestVolumeThreshold;
        this.failureRatio = failureRatio;
        this.delay = delay;
        this.clock = clock;
    }

    public static CircuitBreakerState standard(Clock clock) {
        return new CircuitBreakerState(REQUEST_VOLUME_THRESHOLD, FAILURE_RATIO, DELAY, clock);
    }

    /** Whether a call may go through now; a half-open breaker lets exactly one trial call through. */
    public synchronized boolean allowsCall() {
        if (stage == Stage.OPEN && !clock.instant().isBefore(openedAt.plus(delay))) {
            stage = Stage.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (stage) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void recordSuccess() {
        if (stage == Stage.HALF_OPEN) {
            stage = Stage.CLOSED;
            outcomes.clear();
            return;
        }
        record(true);
    }

    public synchronized void recordFailure() {
        if (stage == Stage.HALF_OPEN) {
            open();
            return;
        }
        record(false);
        long failures = outcomes.stream().filter(success -> !success).count();
        if (outcomes.size() >= requestVolumeThreshold && failures >= failureRatio * outcomes.size()) {
            open();
        }
    }

    public synchronized Stage stage() {
        return stage;
    }

    private void record(boolean success) {
        outcomes.addLast(success);
        while (outcomes.size() > requestVolumeThreshold) {
            outcomes.removeFirst();
        }
    }

    private void open() {
        stage = Stage.OPEN;
        openedAt = clock.instant();
        outcomes.clear();
        trialInFlight = false;
    }
}

package org.visitprep.ehr.sandbox.smart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values filed under opaque keys that stop being found when they expire. Expired entries are dropped as new ones
 * are filed, so memory stays bounded by what is alive.
 */
public final class ExpiringValues<V> {

    private record Entry<V>(V value, Instant expiresAt) {}

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public ExpiringValues(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Files the value under a new opaque key and returns the key. */
    public String file(V value) {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        String key = OpaqueValues.next();
        entries.put(key, new Entry<>(value, now.plus(lifetime)));
        return key;
    }

    public Optional<V> find(String key) {
        return key == null ? Optional.empty() : alive(entries.get(key));
    }

    /** Finds and removes in one step: the value can be taken once only, however many ask at the same time. */
    public Optional<V> take(String key) {
        return key == null ? Optional.empty() : alive(entries.remove(key));
    }

    public Duration lifetime() {
        return lifetime;
    }

    private Optional<V> alive(Entry<V> entry) {
        return entry != null && entry.expiresAt().isAfter(clock.instant())
                ? Optional.of(entry.value())
                : Optional.empty();
    }
}

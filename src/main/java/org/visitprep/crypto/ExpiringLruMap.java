package org.visitprep.crypto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A small thread-safe map that holds at most a given number of entries, dropping the least recently used, and
 * forgets each entry a fixed time after it was put.
 */
final class ExpiringLruMap<K, V> {

    private record Timed<V>(V value, Instant expiresAt) {}

    private final Clock clock;
    private final Duration timeToLive;
    private final Map<K, Timed<V>> entries;

    ExpiringLruMap(int maximumSize, Duration timeToLive, Clock clock) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("The maximum size must be positive");
        }
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Timed<V>> eldest) {
                return size() > maximumSize;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        Timed<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    synchronized void put(K key, V value) {
        entries.put(key, new Timed<>(value, clock.instant().plus(timeToLive)));
    }

    synchronized void remove(K key) {
        entries.remove(key);
    }

    synchronized void removeIf(Predicate<K> condition) {
        entries.keySet().removeIf(condition);
    }

    synchronized int size() {
        return entries.size();
    }
}

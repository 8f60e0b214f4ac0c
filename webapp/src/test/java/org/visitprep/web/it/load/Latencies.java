package org.visitprep.web.it.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What one kind of request took under load: each answer's time, the errors, and how long the phase ran. */
final class Latencies {

    private final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong errors = new AtomicLong();
    private volatile String firstError;

    Latencies(String name) {
        this.name = name;
    }

    void answered(long tookNanos) {
        nanos.add(tookNanos);
    }

    void failed(long tookNanos, String why) {
        errors.incrementAndGet();
        if (firstError == null) {
            firstError = why;
        }
    }

    long count() {
        return nanos.size();
    }

    double percentileMs(double percentile) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    double throughput(double seconds) {
        return count() / seconds;
    }

    /** Prints the p50, p95, p99, errors and throughput as BENCH lines. */
    void print(double seconds) {
        bench(name + ".p50_ms", percentileMs(50), "ms");
        bench(name + ".p95_ms", percentileMs(95), "ms");
        bench(name + ".p99_ms", percentileMs(99), "ms");
        System.out.printf(Locale.ROOT, "BENCH %s.errors %d requests%n", name, errors.get());
        bench(name + ".throughput_rps", throughput(seconds), "requests/s");
        System.out.printf(Locale.ROOT, "BENCH %s.requests %d requests%n", name, count());
        if (firstError != null) {
            System.out.println("First error of " + name + ": " + firstError);
        }
    }

    static void bench(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s %.2f %s%n", name, value, unit);
    }
}

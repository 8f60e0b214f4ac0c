package org.visitprep.record.wellness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums a count (steps, active energy) per day and per source app, then keeps each day's largest per-source total:
 * an iPhone and a Watch worn together both count the same steps, and adding them would double the day. (The Health
 * app itself keeps one source per time slot; this is the cautious approximation that never over-counts.)
 */
final class DailyTotals {

    private final Map<LocalDate, Map<String, BigDecimal>> bySource = new TreeMap<>();

    void add(AppleSample sample) {
        bySource.computeIfAbsent(sample.start().toLocalDate(), d -> new HashMap<>())
                .merge(sample.sourceName() == null ? "" : sample.sourceName(), sample.quantity(), BigDecimal::add);
    }

    /** Each day with its total, in date order. */
    Map<LocalDate, BigDecimal> perDay() {
        Map<LocalDate, BigDecimal> totals = new TreeMap<>();
        bySource.forEach((day, sources) -> totals.put(
                day, sources.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)));
        return totals;
    }
}

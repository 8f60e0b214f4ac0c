package org.visitprep.record.wellness;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Minutes asleep per night. A night is named by the evening it starts on: a sample starting before noon belongs to
 * the night that began the day before. Overlapping samples (a Watch and a sleep app both recording) are merged, so
 * no minute counts twice. In-bed and awake samples are not sleep.
 */
final class NightlySleep {

    /** HealthKit's sleep analysis values that mean asleep (HKCategoryValueSleepAnalysis, iOS 16 stages included). */
    static final Set<String> ASLEEP = Set.of(
            "HKCategoryValueSleepAnalysisAsleep",
            "HKCategoryValueSleepAnalysisAsleepUnspecified",
            "HKCategoryValueSleepAnalysisAsleepCore",
            "HKCategoryValueSleepAnalysisAsleepDeep",
            "HKCategoryValueSleepAnalysisAsleepREM");

    /** One night: when sleep first started and last ended, and the minutes asleep in between. */
    record Night(OffsetDateTime firstAsleep, OffsetDateTime lastAwake, long minutesAsleep) {}

    private record Interval(OffsetDateTime start, OffsetDateTime end) {}

    private final Map<LocalDate, List<Interval>> nights = new TreeMap<>();

    void add(AppleSample sample) {
        if (!ASLEEP.contains(sample.category()) || !sample.end().isAfter(sample.start())) {
            return;
        }
        LocalDate night = sample.start().minusHours(12).toLocalDate();
        nights.computeIfAbsent(night, n -> new ArrayList<>()).add(new Interval(sample.start(), sample.end()));
    }

    Map<LocalDate, Night> perNight() {
        Map<LocalDate, Night> result = new TreeMap<>();
        nights.forEach((night, intervals) -> result.put(night, merged(intervals)));
        return result;
    }

    private static Night merged(List<Interval> intervals) {
        intervals.sort(Comparator.comparing(i -> i.start().toInstant()));
        long seconds = 0;
        OffsetDateTime first = intervals.getFirst().start();
        OffsetDateTime runStart = first;
        OffsetDateTime runEnd = intervals.getFirst().end();
        OffsetDateTime last = runEnd;
        for (Interval interval : intervals.subList(1, intervals.size())) {
            if (interval.start().isAfter(runEnd)) {
                seconds += Duration.between(runStart, runEnd).toSeconds();
                runStart = interval.start();
                runEnd = interval.end();
            } else if (interval.end().isAfter(runEnd)) {
                runEnd = interval.end();
            }
            last = interval.end().isAfter(last) ? interval.end() : last;
        }
        seconds += Duration.between(runStart, runEnd).toSeconds();
        return new Night(first, last, Math.round(seconds / 60.0));
    }
}

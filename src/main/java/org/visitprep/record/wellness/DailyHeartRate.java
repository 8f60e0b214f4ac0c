package org.visitprep.record.wellness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/** The mean, lowest and highest heart rate of each day, from every heart rate sample of that day. */
final class DailyHeartRate {

    /** One day's figures. */
    static final class Day {
        private long count;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal minimum;
        private BigDecimal maximum;
        private ZoneOffset offset;

        void add(AppleSample sample) {
            BigDecimal value = sample.quantity();
            count++;
            sum = sum.add(value);
            minimum = minimum == null || value.compareTo(minimum) < 0 ? value : minimum;
            maximum = maximum == null || value.compareTo(maximum) > 0 ? value : maximum;
            offset = offset == null ? sample.start().getOffset() : offset;
        }

        BigDecimal mean() {
            return sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        }

        BigDecimal minimum() {
            return minimum;
        }

        BigDecimal maximum() {
            return maximum;
        }

        ZoneOffset offset() {
            return offset;
        }
    }

    private final Map<LocalDate, Day> days = new TreeMap<>();

    void add(AppleSample sample) {
        days.computeIfAbsent(sample.start().toLocalDate(), d -> new Day()).add(sample);
    }

    Map<LocalDate, Day> perDay() {
        return days;
    }
}

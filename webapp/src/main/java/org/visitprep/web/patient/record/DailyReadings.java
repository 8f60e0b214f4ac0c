package org.visitprep.web.patient.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.visitprep.lab.ResultJudge;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.StoredEntry;

/**
 * One wellness measure's readings as one value a day, and week by week. A day with several readings counts their
 * average; readings in another unit than the latest one are left out rather than converted.
 */
final class DailyReadings {

    /** A week's average of its daily values, and how many days had one. */
    record WeeklyAverage(LocalDate monday, BigDecimal value, int days) {}

    private final DailyMeasure measure;
    private final Quantity latest;
    private final TreeMap<LocalDate, BigDecimal> days;

    private DailyReadings(DailyMeasure measure, Quantity latest, TreeMap<LocalDate, BigDecimal> days) {
        this.measure = measure;
        this.latest = latest;
        this.days = days;
    }

    /** The readings of a measure, oldest first as the record lists them. */
    static DailyReadings of(DailyMeasure measure, List<StoredEntry> readings) {
        Quantity latest = readings.reversed().stream()
                .map(DailyReadings::quantityOf)
                .filter(quantity -> quantity != null)
                .findFirst()
                .orElse(null);
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        if (latest == null) {
            return new DailyReadings(measure, null, days);
        }
        String unit = ResultJudge.comparableUnit(latest);
        Map<LocalDate, List<BigDecimal>> byDay = new TreeMap<>();
        for (StoredEntry entry : readings) {
            Quantity quantity = quantityOf(entry);
            if (quantity != null
                    && entry.effective() != null
                    && ResultJudge.comparableUnit(quantity).equals(unit)) {
                byDay.computeIfAbsent(entry.effective().start().date(), day -> new ArrayList<>())
                        .add(measure.shown(quantity.value(), unit));
            }
        }
        byDay.forEach((day, values) -> days.put(day, mean(values, measure.decimals() + 2)));
        return new DailyReadings(measure, latest, days);
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    /** The latest reading, whose unit every value is in. */
    Quantity latest() {
        return latest;
    }

    /** The days' values over the weeks up to the last day with a reading, oldest first. */
    NavigableMap<LocalDate, BigDecimal> lastWeeks(int weeks) {
        LocalDate lastDay = days.lastKey();
        return days.subMap(lastDay.minusWeeks(weeks).plusDays(1), true, lastDay, true);
    }

    /** The average of each week's daily values, weeks starting on Monday, oldest first. */
    List<WeeklyAverage> weeklyAverages(NavigableMap<LocalDate, BigDecimal> shown) {
        Map<LocalDate, List<BigDecimal>> byWeek = new TreeMap<>();
        shown.forEach((day, value) -> byWeek.computeIfAbsent(
                        day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), monday -> new ArrayList<>())
                .add(value));
        List<WeeklyAverage> weeks = new ArrayList<>();
        byWeek.forEach((monday, values) ->
                weeks.add(new WeeklyAverage(monday, mean(values, measure.decimals() + 1), values.size())));
        return weeks;
    }

    private static BigDecimal mean(List<BigDecimal> values, int scale) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    private static Quantity quantityOf(StoredEntry entry) {
        if (!(entry.detail() instanceof ObservationDetail observation)) {
            return null;
        }
        Quantity quantity = observation.quantity();
        return quantity == null || quantity.value() == null || quantity.comparator() != null ? null : quantity;
    }
}

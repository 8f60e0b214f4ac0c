package org.visitprep.web.summary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.visitprep.visit.TrendReading;

/**
 * A wellness trend sentence's readings as a small line chart, for a one-minute read: drawn as an SVG polyline in a
 * {@value #WIDTH} by {@value #HEIGHT} box, with the range and the span of days it covers for its text alternative.
 *
 * @param points the polyline's points, "x,y x,y ..."
 * @param from the first reading's day
 * @param to the last reading's day
 * @param lowest the lowest reading as the record gives it
 * @param highest the highest reading as the record gives it
 * @param unit the readings' unit, as the first reading gives it
 * @param readings how many readings it draws
 */
public record TrendSparkline(
        String points, LocalDate from, LocalDate to, String lowest, String highest, String unit, int readings)
        implements Serializable {

    public static final int WIDTH = 160;
    public static final int HEIGHT = 36;

    private static final double MARGIN = 3;

    /**
     * The chart of the cited readings that carry a number and a day, in the order of their days; empty when fewer
     * than two do, since one point makes no trend.
     */
    public static Optional<TrendSparkline> of(List<CitedEntry> cited) {
        return ofReadings(cited.stream()
                .map(entry -> new TrendReading(
                        entry.date() == null ? null : entry.date().toString(), entry.value(), entry.unit()))
                .toList());
    }

    /**
     * The chart of the readings frozen with an approved summary (as {@link #of} draws the cited entries they were
     * read from); empty when fewer than two carry a number and a day.
     */
    public static Optional<TrendSparkline> ofReadings(List<TrendReading> cited) {
        List<Reading> readings = cited.stream()
                .map(Reading::of)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Reading::day))
                .toList();
        if (readings.size() < 2) {
            return Optional.empty();
        }
        Reading low =
                readings.stream().min(Comparator.comparing(Reading::value)).orElseThrow();
        Reading high =
                readings.stream().max(Comparator.comparing(Reading::value)).orElseThrow();
        long firstDay = readings.getFirst().day().toEpochDay();
        long days = Math.max(1, readings.getLast().day().toEpochDay() - firstDay);
        double span = high.value().subtract(low.value()).doubleValue();
        String points = readings.stream()
                .map(reading -> {
                    double x = MARGIN + (WIDTH - 2 * MARGIN) * (reading.day().toEpochDay() - firstDay) / days;
                    double share = span == 0
                            ? 0.5
                            : reading.value().subtract(low.value()).doubleValue() / span;
                    double y = HEIGHT - MARGIN - (HEIGHT - 2 * MARGIN) * share;
                    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
                })
                .collect(Collectors.joining(" "));
        return Optional.of(new TrendSparkline(
                points,
                readings.getFirst().day(),
                readings.getLast().day(),
                low.shown(),
                high.shown(),
                cited.getFirst().unit(),
                readings.size()));
    }

    /** A reading with a plain number (no comparator) and a day. */
    private record Reading(LocalDate day, BigDecimal value, String shown) {

        static Optional<Reading> of(TrendReading reading) {
            Optional<LocalDate> day = reading.date();
            Optional<BigDecimal> number = reading.number();
            if (day.isEmpty() || number.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Reading(day.get(), number.get(), reading.value()));
        }
    }
}

package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.Quantity;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Units;

/**
 * Wellness trends: each measure's mean over the last 30 days of the window against its mean over the 30 days
 * before, from the readings of its code, when both periods have enough readings. Readings in another unit than the
 * latest one are left out rather than converted.
 */
final class WellnessTrends {

    static final int PERIOD_DAYS = 30;

    private WellnessTrends() {}

    static List<WellnessTrendFact> find(PatientRecord record, ReviewWindow window) {
        List<WellnessTrendFact> facts = new ArrayList<>();
        for (WellnessMeasure measure : WellnessMeasure.values()) {
            trend(record.observationsCoded(measure.coding()), measure, window).ifPresent(facts::add);
        }
        return facts;
    }

    private static Optional<WellnessTrendFact> trend(
            List<StoredEntry> stored, WellnessMeasure measure, ReviewWindow window) {
        LocalDate lastDay = window.to();
        List<StoredEntry> series = new ArrayList<>(stored);
        series.sort(EntryOrder.OLDEST_FIRST);
        LocalDate recentFrom = lastDay.minusDays(PERIOD_DAYS - 1);
        LocalDate beforeTo = recentFrom.minusDays(1);
        LocalDate beforeFrom = beforeTo.minusDays(PERIOD_DAYS - 1);
        List<StoredEntry> recent = new ArrayList<>();
        List<StoredEntry> before = new ArrayList<>();
        String unit = null;
        Quantity unitOf = null;
        for (int i = series.size() - 1; i >= 0; i--) {
            StoredEntry entry = series.get(i);
            if (entry.effective() == null || quantityOf(entry) == null) {
                continue;
            }
            LocalDate day = entry.effective().start().date();
            if (day.isBefore(beforeFrom.minusDays(1))) {
                break;
            }
            if (day.isBefore(beforeFrom) || day.isAfter(lastDay)) {
                continue;
            }
            Quantity quantity = quantityOf(entry);
            String key = Units.canonical(quantity.ucumCode() != null ? quantity.ucumCode() : quantity.unit());
            if (unit == null) {
                unit = key;
                unitOf = quantity;
            } else if (!unit.equals(key)) {
                continue;
            }
            (day.isBefore(recentFrom) ? before : recent).add(entry);
        }
        if (recent.size() < measure.minimumReadings() || before.size() < measure.minimumReadings()) {
            return Optional.empty();
        }
        List<UUID> cited = new ArrayList<>();
        before.reversed().forEach(entry -> cited.add(entry.id()));
        recent.reversed().forEach(entry -> cited.add(entry.id()));
        return Optional.of(new WellnessTrendFact(
                FactIds.of("wellness", measure, lastDay),
                measure,
                average(before, measure, beforeFrom, beforeTo),
                average(recent, measure, recentFrom, lastDay),
                unitOf.unit(),
                unitOf.ucumCode(),
                cited,
                TimeBeforeVisit.outside(window, List.of(beforeFrom, beforeTo, recentFrom, lastDay))));
    }

    private static Average average(List<StoredEntry> entries, WellnessMeasure measure, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (StoredEntry entry : entries) {
            sum = sum.add(quantityOf(entry).value());
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(entries.size()), measure.scale(), RoundingMode.HALF_UP);
        return new Average(mean, entries.size(), from, to);
    }

    private static Quantity quantityOf(StoredEntry entry) {
        if (!(entry.detail() instanceof ObservationDetail observation)) {
            return null;
        }
        Quantity quantity = observation.quantity();
        return quantity == null || quantity.value() == null || quantity.comparator() != null ? null : quantity;
    }
}

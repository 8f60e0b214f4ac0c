package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visitprep.lab.LocalizedText;
import org.visitprep.lab.ResultJudge;
import org.visitprep.lab.ResultJudgement;
import org.visitprep.lab.TestedPerson;
import org.visitprep.record.Coding;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.wording.Numbers;

/**
 * Results (laboratory tests and vital signs) of the window that are out of range or changed notably: for each test,
 * its latest result in the window, compared with its range and with the result before it (which may predate the
 * window).
 *
 * <p>A change is notable when the latest value differs from the previous one by at least 20 % of the previous value
 * and, where a range is known, by at least a quarter of the range's width (of its one limit, for a one-sided range),
 * so that tiny values near zero do not count as large changes; or when one value is inside the range and the other
 * outside. These thresholds are VisitPrep's own choice for a one-minute read, not a clinical rule; they only decide
 * what is shown, never what it means.
 */
final class ResultFacts {

    private static final BigDecimal NOTABLE_SHARE = new BigDecimal("0.20");
    private static final BigDecimal NOTABLE_SHARE_OF_RANGE = new BigDecimal("0.25");
    private static final Set<String> RESULT_CATEGORIES = Set.of("laboratory", "vital-signs");
    private static final Set<String> DAILY_SERIES = dailySeries();

    private final PatientRecord record;
    private final ResultJudge judge;
    private final TestedPerson patient;

    ResultFacts(PatientRecord record, ResultJudge judge, TestedPerson patient) {
        this.record = record;
        this.judge = judge;
        this.patient = patient;
    }

    List<ResultFact> find(List<StoredEntry> observationsInWindow) {
        Map<String, List<Measurement>> bySeries = new LinkedHashMap<>();
        for (StoredEntry entry : observationsInWindow) {
            for (Measurement measurement : Measurement.of(entry)) {
                if (isResult(measurement)) {
                    bySeries.computeIfAbsent(measurement.series(), k -> new ArrayList<>())
                            .add(measurement);
                }
            }
        }
        List<ResultFact> facts = new ArrayList<>();
        bySeries.values()
                .forEach(series -> judged(series.getLast(), series)
                        .filter(fact -> !fact.reasons().isEmpty())
                        .ifPresent(facts::add));
        facts.sort(Comparator.comparing((ResultFact fact) -> !fact.reasons().contains(ResultReason.OUT_OF_RANGE))
                .thenComparing(fact -> fact.latest().date(), Comparator.reverseOrder())
                .thenComparing(fact -> fact.name().english())
                .thenComparing(ResultFact::id));
        return facts;
    }

    /** The latest result of a code up to the end of the window, whatever its value: for an agenda item. */
    List<ResultFact> latest(Coding code, Instant before) {
        List<StoredEntry> series = record.observationsCoded(code);
        for (int i = series.size() - 1; i >= 0; i--) {
            StoredEntry entry = series.get(i);
            Instant time = Times.instantOf(entry);
            if (time == null || !time.isBefore(before)) {
                continue;
            }
            List<ResultFact> facts = new ArrayList<>();
            for (Measurement measurement : Measurement.of(entry)) {
                if (measurement.series().indexOf('#') < 0
                        || judge.testOf(measurement.code()).isPresent()) {
                    judged(measurement, List.of(measurement)).ifPresent(facts::add);
                }
            }
            if (!facts.isEmpty()) {
                return facts;
            }
        }
        return List.of();
    }

    private Optional<ResultFact> judged(Measurement latest, List<Measurement> series) {
        RangeComparison judgement = judgementOf(latest);
        Optional<Measurement> previous = previousOf(latest, series);
        List<ResultReason> reasons = new ArrayList<>();
        if (judgement.isOutOfRange()) {
            reasons.add(ResultReason.OUT_OF_RANGE);
        }
        if (previous.isPresent() && isNotable(latest, judgement, previous.get())) {
            reasons.add(ResultReason.CHANGED);
        }
        Reading reading = latest.reading(scaleOf(latest, judgement));
        return Optional.of(new ResultFact(
                FactIds.of("result", latest.series(), latest.entry().id()),
                latest.code().system() + "|" + latest.code().code(),
                nameOf(latest),
                reading,
                previous.map(Measurement::reading).orElse(null),
                judgement.range(),
                judgement.flag(),
                reasons));
    }

    /** The lab judge's verdict, with the range's source spelled out as a sentence must cite it. */
    private RangeComparison judgementOf(Measurement measurement) {
        ResultJudgement judged = judge.judge(
                measurement.code(), measurement.quantity(), measurement.ranges(), measurement.date(), patient);
        return judged.rangeUsed()
                .map(range -> new RangeComparison(RangeUsed.of(range, judge.catalogue()), judged.flag()))
                .orElse(RangeComparison.NONE);
    }

    private boolean isResult(Measurement measurement) {
        boolean catalogued = judge.testOf(measurement.code()).isPresent();
        if (measurement.series().indexOf('#') >= 0) {
            return catalogued;
        }
        ObservationDetail observation = measurement.entry().observation();
        boolean category = observation.categories().stream().anyMatch(RESULT_CATEGORIES::contains);
        return (category || catalogued) && !DAILY_SERIES.contains(Measurement.key(measurement.code()));
    }

    /**
     * The measurement of the same series and unit just before this one: in the window's list, else in history. One
     * taken at the same moment (a copy from another source, a result reported twice) is not a previous value.
     */
    private Optional<Measurement> previousOf(Measurement latest, List<Measurement> series) {
        String unit = latest.reading().unitKey();
        Instant latestTime = Times.instantOf(latest.entry());
        for (int i = series.size() - 2; i >= 0; i--) {
            Measurement earlier = series.get(i);
            Instant time = Times.instantOf(earlier.entry());
            if (earlier.reading().unitKey().equals(unit)
                    && (time == null || latestTime == null || time.isBefore(latestTime))) {
                return Optional.of(earlier);
            }
        }
        List<StoredEntry> history = record.observationsCoded(latest.panel());
        for (int i = history.size() - 1; i >= 0; i--) {
            StoredEntry entry = history.get(i);
            Instant time = Times.instantOf(entry);
            if (time == null
                    || !time.isBefore(latestTime)
                    || entry.id().equals(latest.entry().id())) {
                continue;
            }
            for (Measurement earlier : Measurement.of(entry)) {
                if (earlier.series().equals(latest.series())
                        && earlier.reading().unitKey().equals(unit)) {
                    return Optional.of(earlier);
                }
            }
        }
        return Optional.empty();
    }

    private boolean isNotable(Measurement latest, RangeComparison judgement, Measurement previous) {
        BigDecimal now = latest.quantity().value();
        BigDecimal before = previous.quantity().value();
        RangeComparison previousJudgement = judgementOf(previous);
        if (judgement.range() != null
                && previousJudgement.range() != null
                && judgement.isOutOfRange() != previousJudgement.isOutOfRange()) {
            return true;
        }
        BigDecimal change = now.subtract(before).abs();
        if (before.signum() == 0 || change.compareTo(before.abs().multiply(NOTABLE_SHARE)) < 0) {
            return false;
        }
        return judgement.range() == null
                || change.compareTo(widthOf(judgement.range()).multiply(NOTABLE_SHARE_OF_RANGE)) >= 0;
    }

    private static BigDecimal widthOf(RangeUsed range) {
        if (range.low() != null && range.high() != null) {
            return range.high().subtract(range.low()).abs();
        }
        return (range.low() != null ? range.low() : range.high()).abs();
    }

    /** Enough decimals that a value outside its range never shows as equal to the limit it crossed. */
    private static int scaleOf(Measurement measurement, RangeComparison judgement) {
        BigDecimal value = measurement.quantity().value();
        int scale = Numbers.displayScale(value);
        int own = Math.max(0, value.stripTrailingZeros().scale());
        if (!judgement.isOutOfRange()) {
            return scale;
        }
        while (scale < own && touchesLimit(Numbers.rounded(value, scale), judgement.range())) {
            scale++;
        }
        return scale;
    }

    private static boolean touchesLimit(BigDecimal shown, RangeUsed range) {
        return (range.low() != null && shown.compareTo(range.low()) == 0)
                || (range.high() != null && shown.compareTo(range.high()) == 0);
    }

    private LocalizedText nameOf(Measurement measurement) {
        return judge.testOf(measurement.code()).map(test -> test.name()).orElseGet(() -> {
            String label = measurement.concept().label();
            String name = label.isBlank() ? measurement.code().code() : label;
            return new LocalizedText(name, name);
        });
    }

    private static Set<String> dailySeries() {
        Set<String> codes = new java.util.HashSet<>();
        for (WellnessMeasure measure : WellnessMeasure.values()) {
            if (measure.isDailySeries()) {
                codes.add(Measurement.key(measure.coding()));
            }
        }
        return Set.copyOf(codes);
    }
}

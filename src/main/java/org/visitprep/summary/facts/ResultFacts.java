package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.visitprep.lab.AnalyteGroups;
import org.visitprep.lab.LabInterpretation;
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
 * Results (laboratory tests and vital signs) of the window that a summary reports: for each series (a test's code,
 * or equivalent codes of one analyte, {@link AnalyteGroups}), its latest value in the window, judged by the
 * {@link ResultJudge} (the laboratory's own flag first), compared with the value before it (which may predate the
 * window), with every value of the window before it that reached a critical level. A series is reported when its
 * latest value is out of range or flagged, when any of its values in the window was critical, or when it changed
 * notably.
 *
 * <p>A change is notable when the latest value differs from the previous one by at least 20 % of the previous value
 * and, where a range is known, by at least a quarter of the range's width (of its one limit, for a one-sided range),
 * so that tiny values near zero do not count as large changes; or when one value is inside the range and the other
 * outside. These thresholds are VisitPrep's own choice for a one-minute read, not a clinical rule; they only decide
 * what is shown, never what it means. Values are read in {@link EntryOrder}, so entries of the same moment never
 * change the outcome from one account or database to the next.
 */
final class ResultFacts {

    private static final BigDecimal NOTABLE_SHARE = new BigDecimal("0.20");
    private static final BigDecimal NOTABLE_SHARE_OF_RANGE = new BigDecimal("0.25");
    private static final Set<String> RESULT_CATEGORIES = Set.of("laboratory", "vital-signs");
    private static final Set<String> DAILY_SERIES = dailySeries();
    private static final Comparator<Measurement> IN_ORDER =
            Comparator.comparing(Measurement::entry, EntryOrder.OLDEST_FIRST);

    private final PatientRecord record;
    private final ResultJudge judge;
    private final AnalyteGroups groups;
    private final TestedPerson patient;
    private final ReviewWindow window;

    ResultFacts(
            PatientRecord record, ResultJudge judge, AnalyteGroups groups, TestedPerson patient, ReviewWindow window) {
        this.record = record;
        this.judge = judge;
        this.groups = groups;
        this.patient = patient;
        this.window = window;
    }

    List<ResultFact> find(List<StoredEntry> observationsInWindow) {
        Map<String, List<Measurement>> bySeries = new HashMap<>();
        for (StoredEntry entry : observationsInWindow) {
            for (Measurement measurement : Measurement.of(entry, groups)) {
                if (isResult(measurement)) {
                    bySeries.computeIfAbsent(measurement.series(), k -> new ArrayList<>())
                            .add(measurement);
                }
            }
        }
        List<ResultFact> facts = new ArrayList<>();
        for (List<Measurement> series : bySeries.values()) {
            series.sort(IN_ORDER);
            ResultFact fact = judged(series.getLast(), series, true);
            if (!fact.reasons().isEmpty()) {
                facts.add(fact);
            }
        }
        facts.sort(Comparator.comparing((ResultFact fact) -> !fact.hasCriticalValue())
                .thenComparing(fact -> !fact.reasons().contains(ResultReason.OUT_OF_RANGE))
                .thenComparing(fact -> fact.latest().date(), Comparator.reverseOrder())
                .thenComparing(fact -> fact.name().english())
                .thenComparing(fact -> Objects.toString(fact.code()))
                .thenComparing(ResultFacts::valueKey));
        return facts;
    }

    /**
     * The latest result of a code (or of its equivalent codes) before an instant, whatever its value, with no
     * reason of its own: for an agenda item, which may link a result older than the window.
     */
    List<ResultFact> latest(Coding code, Instant before) {
        List<StoredEntry> series = historyOf(code);
        for (int i = series.size() - 1; i >= 0; i--) {
            StoredEntry entry = series.get(i);
            Instant time = Times.instantOf(entry);
            if (time == null || !time.isBefore(before)) {
                continue;
            }
            List<ResultFact> facts = new ArrayList<>();
            for (Measurement measurement : Measurement.of(entry, groups)) {
                if (!measurement.isComponent()
                        || judge.testOf(measurement.code()).isPresent()) {
                    facts.add(judged(measurement, List.of(measurement), false));
                }
            }
            if (!facts.isEmpty()) {
                return facts;
            }
        }
        return List.of();
    }

    /**
     * The fact about a series' latest value.
     *
     * @param series the series' values of the window, in order, ending with {@code latest}
     * @param inWindow whether {@code latest} is the window's latest value, whose flag and critical values count
     */
    private ResultFact judged(Measurement latest, List<Measurement> series, boolean inWindow) {
        RangeComparison judgement = judgementOf(latest);
        Optional<Measurement> previous = latest.isExactNumber() ? previousOf(latest, series) : Optional.empty();
        List<CriticalReading> earlierCritical = inWindow ? earlierCritical(latest, series) : List.of();
        List<ResultReason> reasons = new ArrayList<>();
        if (inWindow && judgement.isOutOfRange()) {
            reasons.add(ResultReason.OUT_OF_RANGE);
        }
        if (inWindow && (judgement.flag().isCritical() || !earlierCritical.isEmpty())) {
            reasons.add(ResultReason.CRITICAL);
        }
        if (previous.isPresent() && isNotable(latest, judgement, previous.get())) {
            reasons.add(ResultReason.CHANGED);
        }
        Reading reading = latest.reading(scaleOf(latest, judgement));
        Reading before = previous.map(Measurement::reading).orElse(null);
        List<LocalDate> dates = new ArrayList<>();
        dates.add(reading.date());
        if (before != null) {
            dates.add(before.date());
        }
        return new ResultFact(
                FactIds.of("result", latest.series(), latest.entry().id()),
                latest.code().system() + "|" + latest.code().code(),
                nameOf(latest),
                reading,
                before,
                judgement.range(),
                judgement.flag(),
                reasons.stream().sorted().toList(),
                judgement.basis(),
                judgement.laboratoryFlag(),
                judgement.critical(),
                earlierCritical,
                TimeBeforeVisit.outside(window, dates));
    }

    /**
     * The values of the window before the latest one that reached a critical level; one taken at the latest's own
     * moment (a copy of it) is not "before".
     */
    private List<CriticalReading> earlierCritical(Measurement latest, List<Measurement> series) {
        Instant latestTime = Times.instantOf(latest.entry());
        List<CriticalReading> critical = new ArrayList<>();
        for (Measurement earlier : series) {
            if (earlier == latest || Objects.equals(Times.instantOf(earlier.entry()), latestTime)) {
                continue;
            }
            RangeComparison judged = judgementOf(earlier);
            if (judged.flag().isCritical()) {
                Reading reading = earlier.reading(scaleOf(earlier, judged));
                if (critical.stream().noneMatch(known -> sameValueAndDay(known.reading(), reading))) {
                    critical.add(new CriticalReading(reading, judged.flag()));
                }
            }
        }
        return critical;
    }

    private static boolean sameValueAndDay(Reading one, Reading other) {
        return one.date().equals(other.date())
                && Objects.equals(one.text(), other.text())
                && Objects.equals(one.comparator(), other.comparator())
                && (one.value() == null
                        ? other.value() == null
                        : other.value() != null && one.value().compareTo(other.value()) == 0);
    }

    /** The lab judge's verdict, with the range's and the critical limits' sources spelled out as a sentence cites. */
    private RangeComparison judgementOf(Measurement measurement) {
        ResultJudgement judged = judge.judge(
                measurement.code(),
                measurement.quantity(),
                measurement.ranges(),
                measurement.interpretations(),
                measurement.date(),
                patient);
        if (judged.basis() == ResultJudgement.Basis.NONE && measurement.text() != null) {
            judged = LabInterpretation.ofQualitativeValue(measurement.text())
                    .map(flag -> new ResultJudgement(null, flag, ResultJudgement.Basis.QUALITATIVE_VALUE, null, null))
                    .orElse(judged);
        }
        return new RangeComparison(
                judged.rangeUsed()
                        .map(range -> RangeUsed.of(range, judge.catalogue()))
                        .orElse(null),
                judged.flag(),
                judged.basis(),
                judged.laboratoryCode(),
                judged.criticalLimits() == null
                        ? null
                        : CriticalLimitUsed.of(judged.criticalLimits(), judge.catalogue()));
    }

    private boolean isResult(Measurement measurement) {
        boolean catalogued = judge.testOf(measurement.code()).isPresent();
        if (measurement.isComponent()) {
            return catalogued;
        }
        ObservationDetail observation = measurement.entry().observation();
        boolean category = observation.categories().stream().anyMatch(RESULT_CATEGORIES::contains);
        boolean judgedByItsLaboratory = !observation.interpretations().isEmpty()
                || !observation.referenceRanges().isEmpty();
        return (category || catalogued || judgedByItsLaboratory)
                && !DAILY_SERIES.contains(Measurement.key(measurement.code()));
    }

    /**
     * The exact number of the same series and unit just before this one: in the window's list, else in history. One
     * taken at the same moment (a copy from another source, a result reported twice) is not a previous value.
     */
    private Optional<Measurement> previousOf(Measurement latest, List<Measurement> series) {
        String unit = latest.reading().unitKey();
        Instant latestTime = Times.instantOf(latest.entry());
        for (int i = series.indexOf(latest) - 1; i >= 0; i--) {
            Measurement earlier = series.get(i);
            Instant time = Times.instantOf(earlier.entry());
            if (earlier.isExactNumber()
                    && earlier.reading().unitKey().equals(unit)
                    && (time == null || latestTime == null || time.isBefore(latestTime))) {
                return Optional.of(earlier);
            }
        }
        List<StoredEntry> history = historyOf(latest.panel());
        for (int i = history.size() - 1; i >= 0; i--) {
            StoredEntry entry = history.get(i);
            Instant time = Times.instantOf(entry);
            if (time == null
                    || !time.isBefore(latestTime)
                    || entry.id().equals(latest.entry().id())) {
                continue;
            }
            for (Measurement earlier : Measurement.of(entry, groups)) {
                if (earlier.series().equals(latest.series())
                        && earlier.isExactNumber()
                        && earlier.reading().unitKey().equals(unit)) {
                    return Optional.of(earlier);
                }
            }
        }
        return Optional.empty();
    }

    /** Every observation of the code and of its equivalent codes, in {@link EntryOrder}. */
    private List<StoredEntry> historyOf(Coding code) {
        List<Coding> codes = groups.equivalents(code);
        if (codes.size() == 1) {
            List<StoredEntry> history = new ArrayList<>(record.observationsCoded(code));
            history.sort(EntryOrder.OLDEST_FIRST);
            return history;
        }
        Map<java.util.UUID, StoredEntry> byId = new HashMap<>();
        for (Coding equivalent : codes) {
            record.observationsCoded(equivalent).forEach(entry -> byId.putIfAbsent(entry.id(), entry));
        }
        List<StoredEntry> history = new ArrayList<>(byId.values());
        history.sort(EntryOrder.OLDEST_FIRST);
        return history;
    }

    private boolean isNotable(Measurement latest, RangeComparison judgement, Measurement previous) {
        BigDecimal now = latest.quantity().value();
        BigDecimal before = previous.quantity().value();
        RangeComparison previousJudgement = judgementOf(previous);
        if (judgement.isDecided()
                && previousJudgement.isDecided()
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
        if (measurement.quantity() == null) {
            return 0;
        }
        BigDecimal value = measurement.quantity().value();
        int scale = Numbers.displayScale(value);
        int own = Math.max(0, value.stripTrailingZeros().scale());
        if (!judgement.isOutOfRange() || judgement.range() == null) {
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

    /** The series' name: its group's first code's catalogue name, else its code's, else the record's label. */
    private LocalizedText nameOf(Measurement measurement) {
        Coding named = groups.groupOf(measurement.code())
                .map(group -> new Coding(Coding.LOINC, group.first().value(), null))
                .orElse(measurement.code());
        return judge.testOf(named).map(test -> test.name()).orElseGet(() -> {
            String label = measurement.concept().label();
            String name = label.isBlank() ? measurement.code().code() : label;
            return new LocalizedText(name, name);
        });
    }

    private static String valueKey(ResultFact fact) {
        Reading latest = fact.latest();
        return latest.value() == null
                ? Objects.toString(latest.text())
                : latest.value().toPlainString();
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

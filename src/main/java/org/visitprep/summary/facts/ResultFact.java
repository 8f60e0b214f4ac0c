package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LocalizedText;
import org.visitprep.lab.ResultJudgement;

/**
 * A result (laboratory test or vital sign) of one series: its latest value in the window (or, for an agenda item,
 * up to the visit), the previous one if any, the range it was compared with, how it compares and on what grounds,
 * the critical values of the window before it, and why it is in the summary.
 *
 * @param code the code of the test, {@code system|code}: the latest value's own code, within its series
 * @param name the test's name: the catalogue's (the series' first code's, for equivalent codes) in English and
 *     French, else the record's in both
 * @param previous the result before {@code latest}, or null
 * @param range the range used, or null when neither the record nor the catalogue gives one
 * @param flag how {@code latest} compares ({@link LabFlag#UNKNOWN} when nothing decides it)
 * @param basis what decided the flag: the laboratory's own interpretation first, a critical limit, the range, the
 *     words of a qualitative value; null in facts stored before it was kept (read as decided by the range)
 * @param laboratoryFlag the laboratory's interpretation code (HL7 v3 ObservationInterpretation: H, LL, POS...) of
 *     {@code latest}, or null
 * @param critical the catalogue's critical limits {@code latest} reached, when they decided the flag; else null
 * @param earlierCritical the values of the window before {@code latest} at a critical level, oldest first
 * @param beforeWindow the dates it states that lie before the window, with their age at the visit
 */
public record ResultFact(
        String id,
        String code,
        LocalizedText name,
        Reading latest,
        Reading previous,
        RangeUsed range,
        LabFlag flag,
        List<ResultReason> reasons,
        ResultJudgement.Basis basis,
        String laboratoryFlag,
        CriticalLimitUsed critical,
        List<CriticalReading> earlierCritical,
        List<TimeBeforeVisit> beforeWindow)
        implements Fact {

    public ResultFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(flag, "flag");
        reasons = List.copyOf(reasons);
        earlierCritical = earlierCritical == null ? List.of() : List.copyOf(earlierCritical);
        beforeWindow = beforeWindow == null ? List.of() : List.copyOf(beforeWindow);
    }

    /** A result judged against its range alone, with no critical value before it. */
    public ResultFact(
            String id,
            String code,
            LocalizedText name,
            Reading latest,
            Reading previous,
            RangeUsed range,
            LabFlag flag,
            List<ResultReason> reasons) {
        this(
                id,
                code,
                name,
                latest,
                previous,
                range,
                flag,
                reasons,
                range == null || flag == LabFlag.UNKNOWN ? ResultJudgement.Basis.NONE : ResultJudgement.Basis.RANGE,
                null,
                null,
                List.of(),
                List.of());
    }

    public ResultFact because(ResultReason reason) {
        if (reasons.contains(reason)) {
            return this;
        }
        List<ResultReason> more = new ArrayList<>(reasons);
        more.add(reason);
        return new ResultFact(
                id,
                code,
                name,
                latest,
                previous,
                range,
                flag,
                more.stream().sorted().toList(),
                basis,
                laboratoryFlag,
                critical,
                earlierCritical,
                beforeWindow);
    }

    /** Whether the latest value or one before it in the window is at a critical level. */
    public boolean hasCriticalValue() {
        return flag.isCritical() || !earlierCritical.isEmpty();
    }

    /** Whether the laboratory's own interpretation decided how the latest value compares. */
    public boolean isFlaggedByLaboratory() {
        return basis == ResultJudgement.Basis.LABORATORY_FLAG;
    }

    @Override
    public List<UUID> entryIds() {
        List<UUID> ids = new ArrayList<>();
        ids.add(latest.entryId());
        earlierCritical.forEach(earlier -> ids.add(earlier.reading().entryId()));
        if (previous != null) {
            ids.add(previous.entryId());
        }
        return ids.stream().distinct().toList();
    }

    @Override
    public List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>();
        for (Reading reading : readings()) {
            if (reading.value() != null) {
                numbers.add(reading.asNumber());
            }
        }
        if (range != null) {
            numbers.addAll(range.numbers());
        }
        if (critical != null) {
            numbers.addAll(critical.numbers());
        }
        beforeWindow.forEach(age -> numbers.add(age.asNumber()));
        return numbers;
    }

    @Override
    public List<LocalDate> dates() {
        return readings().stream().map(Reading::date).distinct().toList();
    }

    /**
     * How the latest value (and every critical value before it) compares with its range, and which way the latest
     * moved from the previous one when both are plain numbers in one unit.
     */
    @Override
    public Set<Judgement> judgements() {
        Set<Judgement> judgements = EnumSet.noneOf(Judgement.class);
        judgements.addAll(Judgement.of(flag));
        earlierCritical.forEach(earlier -> judgements.addAll(Judgement.of(earlier.flag())));
        if (previous != null
                && previous.isExactNumber()
                && latest.isExactNumber()
                && previous.unitKey().equals(latest.unitKey())) {
            judgements.add(Judgement.direction(previous.value(), latest.value()));
        }
        return judgements;
    }

    @Override
    public List<String> verbatim() {
        List<String> texts = new ArrayList<>(List.of(name.english(), name.french()));
        for (Reading reading : readings()) {
            if (reading.text() != null) {
                texts.add(reading.text());
            }
        }
        if (range != null && range.sourceName() != null) {
            texts.add(range.sourceName());
        }
        if (critical != null && critical.sourceName() != null) {
            texts.add(critical.sourceName());
        }
        return texts.stream().distinct().toList();
    }

    /** The latest value, the critical ones before it, then the previous one. */
    private List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        readings.add(latest);
        earlierCritical.forEach(earlier -> readings.add(earlier.reading()));
        if (previous != null) {
            readings.add(previous);
        }
        return readings;
    }
}

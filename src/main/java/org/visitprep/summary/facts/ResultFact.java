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

/**
 * A result (laboratory test or vital sign): its latest value in the window, the previous one if any, the range it
 * was compared with, how it compares, and why it is in the summary.
 *
 * @param code the code of the test, {@code system|code}
 * @param name the test's name: the catalogue's in English and French, else the record's in both
 * @param previous the result before {@code latest}, or null
 * @param range the range used, or null when neither the record nor the catalogue gives one
 * @param flag how {@code latest} compares with the range ({@link LabFlag#UNKNOWN} without one)
 */
public record ResultFact(
        String id,
        String code,
        LocalizedText name,
        Reading latest,
        Reading previous,
        RangeUsed range,
        LabFlag flag,
        List<ResultReason> reasons)
        implements Fact {

    public ResultFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(flag, "flag");
        reasons = List.copyOf(reasons);
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
                more.stream().sorted().toList());
    }

    @Override
    public List<UUID> entryIds() {
        return previous == null ? List.of(latest.entryId()) : List.of(latest.entryId(), previous.entryId());
    }

    @Override
    public List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>();
        numbers.add(latest.asNumber());
        if (previous != null) {
            numbers.add(previous.asNumber());
        }
        if (range != null) {
            numbers.addAll(range.numbers());
        }
        return numbers;
    }

    @Override
    public List<LocalDate> dates() {
        return previous == null ? List.of(latest.date()) : List.of(latest.date(), previous.date());
    }

    /** How the latest value compares with its range, and which way it moved from the previous one in its unit. */
    @Override
    public Set<Judgement> judgements() {
        Set<Judgement> judgements = EnumSet.noneOf(Judgement.class);
        judgements.addAll(Judgement.of(flag));
        if (previous != null && previous.unitKey().equals(latest.unitKey())) {
            judgements.add(Judgement.direction(previous.value(), latest.value()));
        }
        return judgements;
    }

    @Override
    public List<String> verbatim() {
        List<String> texts = new ArrayList<>(List.of(name.english(), name.french()));
        if (range != null && range.sourceName() != null) {
            texts.add(range.sourceName());
        }
        return texts;
    }
}

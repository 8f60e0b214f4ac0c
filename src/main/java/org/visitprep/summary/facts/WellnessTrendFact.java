package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.visitprep.summary.wording.Units;

/**
 * A wellness measure's average over the last 30 days of the window against the 30 days before.
 *
 * @param unit the unit as the record wrote it, or null
 * @param ucum its UCUM code, or null
 * @param entryIds every reading averaged, the earlier period's first
 * @param beforeWindow the period days it states that lie before the window (a window shorter than the two periods),
 *     with their age at the visit
 */
public record WellnessTrendFact(
        String id,
        WellnessMeasure measure,
        Average before,
        Average recent,
        String unit,
        String ucum,
        List<UUID> entryIds,
        List<TimeBeforeVisit> beforeWindow)
        implements Fact {

    public WellnessTrendFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(recent, "recent");
        entryIds = List.copyOf(entryIds);
        beforeWindow = beforeWindow == null ? List.of() : List.copyOf(beforeWindow);
    }

    /** A trend whose periods both lie in the window. */
    public WellnessTrendFact(
            String id,
            WellnessMeasure measure,
            Average before,
            Average recent,
            String unit,
            String ucum,
            List<UUID> entryIds) {
        this(id, measure, before, recent, unit, ucum, entryIds, List.of());
    }

    @Override
    public List<FactNumber> numbers() {
        String key = Units.canonical(ucum != null ? ucum : unit);
        List<FactNumber> numbers = new java.util.ArrayList<>(List.of(
                new FactNumber(before.value(), key, measure.scale()),
                new FactNumber(recent.value(), key, measure.scale())));
        beforeWindow.forEach(age -> numbers.add(age.asNumber()));
        return numbers;
    }

    @Override
    public List<LocalDate> dates() {
        return List.of(before.from(), before.to(), recent.from(), recent.to());
    }

    /** Which way the recent period's average moved from the earlier one's. */
    @Override
    public Set<Judgement> judgements() {
        return Set.of(Judgement.direction(before.value(), recent.value()));
    }

    @Override
    public List<String> verbatim() {
        return List.of();
    }
}

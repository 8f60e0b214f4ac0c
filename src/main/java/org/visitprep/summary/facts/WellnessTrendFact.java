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
 */
public record WellnessTrendFact(
        String id,
        WellnessMeasure measure,
        Average before,
        Average recent,
        String unit,
        String ucum,
        List<UUID> entryIds)
        implements Fact {

    public WellnessTrendFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(recent, "recent");
        entryIds = List.copyOf(entryIds);
    }

    @Override
    public List<FactNumber> numbers() {
        String key = Units.canonical(ucum != null ? ucum : unit);
        return List.of(
                new FactNumber(before.value(), key, measure.scale()),
                new FactNumber(recent.value(), key, measure.scale()));
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

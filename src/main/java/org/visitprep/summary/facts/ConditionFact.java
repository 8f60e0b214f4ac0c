package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A condition newly in the record: its onset (or recorded date) lies in the window.
 *
 * @param condition the condition as the record names it
 * @param clinicalStatus as the record codes it (active, resolved...), or null
 */
public record ConditionFact(String id, String condition, LocalDate onset, String clinicalStatus, UUID entryId)
        implements Fact {

    public ConditionFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(entryId, "entryId");
    }

    @Override
    public List<UUID> entryIds() {
        return List.of(entryId);
    }

    @Override
    public List<LocalDate> dates() {
        return List.of(onset);
    }

    @Override
    public List<String> verbatim() {
        return List.of(condition);
    }
}

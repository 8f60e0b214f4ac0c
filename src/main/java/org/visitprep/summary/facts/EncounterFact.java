package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An emergency visit or a hospital stay that started in the window.
 *
 * @param encounterType the encounter's type as the record names it
 * @param end the day it ended, or null when the record gives none or it is the start day
 * @param reason the first reason the record gives, or null
 */
public record EncounterFact(
        String id,
        EncounterSetting setting,
        String encounterType,
        LocalDate start,
        LocalDate end,
        String reason,
        UUID entryId)
        implements Fact {

    public EncounterFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(encounterType, "encounterType");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(entryId, "entryId");
    }

    @Override
    public List<UUID> entryIds() {
        return List.of(entryId);
    }

    @Override
    public List<LocalDate> dates() {
        return end == null ? List.of(start) : List.of(start, end);
    }

    @Override
    public List<String> verbatim() {
        List<String> texts = new ArrayList<>(List.of(encounterType));
        if (reason != null) {
            texts.add(reason);
        }
        return texts;
    }
}

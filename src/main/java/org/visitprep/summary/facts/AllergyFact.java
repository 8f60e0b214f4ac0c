package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An allergy or intolerance newly in the record: its onset (or recorded date) lies in the window.
 *
 * @param substance what it is to, as the record names it
 * @param date its onset, else the day it was recorded
 * @param criticality as the record codes it (low, high, unable-to-assess), or null
 * @param clinicalStatus as the record codes it (active, inactive, resolved), or null
 * @param reactions what showed, as the record names it
 */
public record AllergyFact(
        String id,
        String substance,
        LocalDate date,
        String criticality,
        String clinicalStatus,
        List<String> reactions,
        UUID entryId)
        implements Fact {

    public AllergyFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entryId, "entryId");
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    @Override
    public List<UUID> entryIds() {
        return List.of(entryId);
    }

    @Override
    public List<LocalDate> dates() {
        return List.of(date);
    }

    @Override
    public List<String> verbatim() {
        List<String> texts = new ArrayList<>(List.of(substance));
        texts.addAll(reactions);
        return texts;
    }
}

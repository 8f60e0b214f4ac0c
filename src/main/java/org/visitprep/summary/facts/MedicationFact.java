package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A medicine's change in the window (or its presence in the record, for an agenda item).
 *
 * @param medicine the medicine as the record names it
 * @param date when it happened: the start, the stop, the new dosage's start; for {@code LISTED}, its first entry
 * @param status the status of its latest entry as the record codes it (active, stopped...), or null
 * @param dosage the dosage as written, or null
 * @param previousDosage for a changed dosage, the one before, else null
 */
public record MedicationFact(
        String id,
        MedicationEvent event,
        String medicine,
        LocalDate date,
        String status,
        String dosage,
        String previousDosage,
        List<UUID> entryIds)
        implements Fact {

    public MedicationFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(medicine, "medicine");
        Objects.requireNonNull(date, "date");
        entryIds = List.copyOf(entryIds);
    }

    /** Numbers inside the name or dosage (a strength, a count of tablets), whose unit is part of the text. */
    @Override
    public List<FactNumber> numbers() {
        return FactTexts.numbersIn(verbatim());
    }

    @Override
    public List<LocalDate> dates() {
        return List.of(date);
    }

    @Override
    public List<String> verbatim() {
        List<String> texts = new ArrayList<>(List.of(medicine));
        if (dosage != null) {
            texts.add(dosage);
        }
        if (previousDosage != null) {
            texts.add(previousDosage);
        }
        return texts;
    }
}

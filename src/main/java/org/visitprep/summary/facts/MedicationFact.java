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
 * @param date when it happened: the start, the stop, the new dosage's start, the date of the entry marked on hold,
 *     cancelled or entered in error; for {@code LISTED}, its first entry
 * @param status the status of its latest entry as the record codes it (active, stopped...), or null
 * @param dosage the dosage as written, or null
 * @param previousDosage for a changed dosage, the one before, else null
 * @param doses the dosage as the record structures it (dose, frequency, route), for a changed dosage; else empty
 * @param previousDoses for a changed dosage, the structured dosage before; else empty
 * @param beforeWindow the dates it states that lie before the window, with their age at the visit
 */
public record MedicationFact(
        String id,
        MedicationEvent event,
        String medicine,
        LocalDate date,
        String status,
        String dosage,
        String previousDosage,
        List<UUID> entryIds,
        List<Dose> doses,
        List<Dose> previousDoses,
        List<TimeBeforeVisit> beforeWindow)
        implements Fact {

    public MedicationFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(medicine, "medicine");
        Objects.requireNonNull(date, "date");
        entryIds = List.copyOf(entryIds);
        doses = doses == null ? List.of() : List.copyOf(doses);
        previousDoses = previousDoses == null ? List.of() : List.copyOf(previousDoses);
        beforeWindow = beforeWindow == null ? List.of() : List.copyOf(beforeWindow);
    }

    /** A change described by its dosage texts alone. */
    public MedicationFact(
            String id,
            MedicationEvent event,
            String medicine,
            LocalDate date,
            String status,
            String dosage,
            String previousDosage,
            List<UUID> entryIds) {
        this(id, event, medicine, date, status, dosage, previousDosage, entryIds, List.of(), List.of(), List.of());
    }

    /** Whether the dosage changed in its structure (dose, frequency, route) while its text, if any, did not. */
    public boolean isStructuredChangeOnly() {
        return event == MedicationEvent.DOSAGE_CHANGED
                && !doses.isEmpty()
                && (dosage == null || previousDosage == null || dosage.strip().equals(previousDosage.strip()));
    }

    /** Numbers inside the name or dosage (a strength, a count of tablets), and those of the structured dosage. */
    @Override
    public List<FactNumber> numbers() {
        List<FactNumber> numbers = new ArrayList<>(FactTexts.numbersIn(verbatim()));
        doses.forEach(dose -> numbers.addAll(dose.numbers()));
        previousDoses.forEach(dose -> numbers.addAll(dose.numbers()));
        beforeWindow.forEach(age -> numbers.add(age.asNumber()));
        return numbers;
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
        doses.forEach(dose -> texts.addAll(dose.verbatim()));
        previousDoses.forEach(dose -> texts.addAll(dose.verbatim()));
        return texts.stream().distinct().toList();
    }
}

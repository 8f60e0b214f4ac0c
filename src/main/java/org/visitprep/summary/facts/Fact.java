package org.visitprep.summary.facts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One thing the summary may say, computed from the record (or, for an agenda item, from the patient's own words),
 * with a stable id, the ids of the entries it rests on, and everything it states: numbers with their units, dates,
 * and text carried verbatim from the record or the patient. Engines write sentences about facts; the verifier checks
 * every sentence against the facts it cites.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AgendaItemFact.class, name = "agenda-item"),
    @JsonSubTypes.Type(value = ResultFact.class, name = "result"),
    @JsonSubTypes.Type(value = MedicationFact.class, name = "medication"),
    @JsonSubTypes.Type(value = WellnessTrendFact.class, name = "wellness-trend"),
    @JsonSubTypes.Type(value = ConditionFact.class, name = "condition"),
    @JsonSubTypes.Type(value = EncounterFact.class, name = "encounter"),
    @JsonSubTypes.Type(value = AllergyFact.class, name = "allergy"),
    @JsonSubTypes.Type(value = PatientContextFact.class, name = "patient-context"),
    @JsonSubTypes.Type(value = RecordListFact.class, name = "record-list")
})
public sealed interface Fact
        permits AgendaItemFact,
                ResultFact,
                MedicationFact,
                WellnessTrendFact,
                ConditionFact,
                EncounterFact,
                AllergyFact,
                PatientContextFact,
                RecordListFact {

    /** Stable for the same content: derived from what the fact is about, never from its position. */
    String id();

    /** The record entries the fact rests on; empty only for an agenda item, which rests on the patient's words. */
    List<UUID> entryIds();

    /**
     * Every number the fact states, with its unit; by default the numbers inside its verbatim text ("Type 2
     * diabetes", "500 MG Oral Tablet"), whose unit is part of the text.
     */
    default List<FactNumber> numbers() {
        return FactTexts.numbersIn(verbatim());
    }

    /** Every date the fact states. */
    List<LocalDate> dates();

    /** Text the fact carries as written by the record or the patient: names, labels, dosages, agenda text. */
    List<String> verbatim();

    /** The qualitative judgements the record supports about this fact's values; none for a fact without values. */
    default Set<Judgement> judgements() {
        return Set.of();
    }

    /**
     * The dates this fact states that lie before the summary's window, each with how long before the visit it was:
     * a sentence writes each such date with that age ("12 March 2023, 3 years before this visit"), whose number is
     * among {@link #numbers()}.
     */
    default List<TimeBeforeVisit> beforeWindow() {
        return List.of();
    }
}

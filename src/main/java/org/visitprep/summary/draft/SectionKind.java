package org.visitprep.summary.draft;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.AllergyFact;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.PatientContextFact;
import org.visitprep.summary.facts.RecordListFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessTrendFact;

/**
 * The sections of a summary, in the order a one-minute read wants them: who the patient is at a glance, what needs
 * attention, what the patient wants to raise; then, one click away, the rest.
 */
public enum SectionKind {
    /** Age, sex, active problems, current medicines, allergies: the clinician's context, each with its source. */
    AT_A_GLANCE,
    /** What the summary must mention: critical and out-of-range results, as the record flags them. */
    NEEDS_ATTENTION,
    /** The patient's own items, each with the data linked to it. */
    AGENDA,
    /** Results that changed notably. */
    CHANGES,
    MEDICINES,
    WELLNESS,
    /** New conditions and allergies, hospital and emergency encounters. */
    OTHER,
    /** Sentences the patient added in their own words. */
    PATIENT;

    /** Whether the section is open when a reader first sees the summary; the others are one click away. */
    public boolean isOpenAtFirst() {
        return this == AT_A_GLANCE || this == NEEDS_ATTENTION || this == AGENDA || this == PATIENT;
    }

    /** The section a sentence about this fact belongs to when nothing makes it more urgent. */
    public static SectionKind of(Fact fact) {
        return switch (fact) {
            case AgendaItemFact item -> AGENDA;
            case ResultFact result -> CHANGES;
            case MedicationFact medication -> MEDICINES;
            case WellnessTrendFact trend -> WELLNESS;
            case ConditionFact condition -> OTHER;
            case EncounterFact encounter -> OTHER;
            case AllergyFact allergy -> OTHER;
            case PatientContextFact context -> AT_A_GLANCE;
            case RecordListFact list -> AT_A_GLANCE;
        };
    }

    /** Reads a stored section: its name, or the lower-case names of versions before these kinds. */
    @JsonCreator
    public static SectionKind read(String stored) {
        if (stored == null || stored.isBlank()) {
            return PATIENT;
        }
        return switch (stored) {
            case "agenda" -> AGENDA;
            case "changes" -> CHANGES;
            case "medications" -> MEDICINES;
            case "wellness" -> WELLNESS;
            case "other" -> OTHER;
            case "patient" -> PATIENT;
            default -> valueOf(stored.toUpperCase(Locale.ROOT));
        };
    }
}

package org.visitprep.summary.draft;

import org.visitprep.summary.facts.AgendaItemFact;
import org.visitprep.summary.facts.ConditionFact;
import org.visitprep.summary.facts.EncounterFact;
import org.visitprep.summary.facts.Fact;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.WellnessTrendFact;

/** The sections of a summary, in the order a one-minute read wants them. */
public enum SectionKind {
    /** The patient's own items first, each with the data linked to it. */
    AGENDA,
    /** Results out of range or changed notably. */
    CHANGES,
    MEDICINES,
    WELLNESS,
    /** New conditions, hospital and emergency encounters. */
    OTHER;

    /** The section a sentence about this fact belongs to. */
    public static SectionKind of(Fact fact) {
        return switch (fact) {
            case AgendaItemFact item -> AGENDA;
            case ResultFact result -> CHANGES;
            case MedicationFact medication -> MEDICINES;
            case WellnessTrendFact trend -> WELLNESS;
            case ConditionFact condition -> OTHER;
            case EncounterFact encounter -> OTHER;
        };
    }
}

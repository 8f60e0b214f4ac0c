package org.visitprep.summary.agenda;

/** What an agenda item is, as the patient filed it. */
public enum AgendaKind {
    /** Something that worries them. */
    CONCERN,
    /** Something they feel or notice. */
    SYMPTOM,
    /** A question for the clinician. */
    QUESTION,
    /** A medicine they want to discuss. */
    MEDICINE
}

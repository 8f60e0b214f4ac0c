package org.visitprep.summary.facts;

/** What happened to a medicine, as the record shows it. */
public enum MedicationEvent {
    /** Its first entry in the record starts in the window. */
    STARTED,
    /** An entry marked stopped or completed ends in the window. */
    STOPPED,
    /** Its latest entry starts in the window and is marked stopped, without a date for the stop. */
    MARKED_STOPPED,
    /** A new entry in the window gives another dosage text than the one before it. */
    DOSAGE_CHANGED,
    /** In the record, shown because an agenda item names it. */
    LISTED
}

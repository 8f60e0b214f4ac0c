package org.visitprep.summary.facts;

/** What happened to a medicine, as the record shows it. */
public enum MedicationEvent {
    /** Its first entry in the record starts in the window. */
    STARTED,
    /** An entry marked stopped or completed ends in the window. */
    STOPPED,
    /** Its latest entry starts in the window and is marked stopped, without a date for the stop. */
    MARKED_STOPPED,
    /** A new entry in the window gives another dosage than the one before it: its text, or its structured dose. */
    DOSAGE_CHANGED,
    /** An entry of the window is marked on hold (FHIR status {@code on-hold}). */
    ON_HOLD,
    /** An entry of the window is marked cancelled: withdrawn before it was taken (FHIR status {@code cancelled}). */
    CANCELLED,
    /** An entry of the window is marked entered in error (FHIR status {@code entered-in-error}). */
    ENTERED_IN_ERROR,
    /** In the record, shown because an agenda item names it. */
    LISTED
}

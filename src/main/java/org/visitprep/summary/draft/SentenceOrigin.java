package org.visitprep.summary.draft;

/** Who wrote a sentence of a summary. */
public enum SentenceOrigin {
    /** The summary engine, from the record. */
    ENGINE,
    /** The engine first; then the patient changed its words. Its citations stay. */
    EDITED_BY_PATIENT,
    /** The patient, in their own words; it cites nothing. */
    ADDED_BY_PATIENT
}

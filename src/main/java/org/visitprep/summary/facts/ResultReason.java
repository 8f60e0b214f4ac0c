package org.visitprep.summary.facts;

/** Why a result is in the summary. */
public enum ResultReason {
    /** Outside its range (the record's own, else the general adult one). */
    OUT_OF_RANGE,
    /** Notably different from the previous result of the same test. */
    CHANGED,
    /** Linked to an agenda item by the keyword table. */
    ASKED_ABOUT
}

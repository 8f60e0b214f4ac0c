package org.visitprep.summary.facts;

import java.util.Objects;

/**
 * A fact every draft of the summary must state, whatever engine writes it, and why. The omission check refuses a
 * draft that no kept sentence of which cites it.
 */
public record MustMention(String factId, Reason reason) {

    /** Why a fact must be mentioned. */
    public enum Reason {
        /** A value at a critical limit in the window (the catalogue's limits, or the laboratory's HH, LL, AA). */
        CRITICAL_VALUE,
        /** The latest result of a test out of its range, by the laboratory's own range or flag first. */
        OUT_OF_RANGE,
        /** A qualitative result the laboratory reports as abnormal (positive, detected). */
        ABNORMAL_RESULT,
        /** A medicine started, stopped, put on hold, cancelled, entered in error or changed in dose. */
        MEDICINE_CHANGE,
        /** A condition newly in the record. */
        NEW_CONDITION,
        /** An allergy or intolerance newly in the record. */
        NEW_ALLERGY
    }

    public MustMention {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(reason, "reason");
    }
}

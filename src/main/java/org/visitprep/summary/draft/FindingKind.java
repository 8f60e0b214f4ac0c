package org.visitprep.summary.draft;

/** What the verifier can find wrong with a sentence. */
public enum FindingKind {
    EMPTY_SENTENCE,
    NO_CITATION,
    /** It cites a fact id that is not in this summary's facts. */
    UNKNOWN_FACT,
    /** It cites an entry that no fact of this patient's summary rests on. */
    UNKNOWN_ENTRY,
    /** It states a number no cited fact holds. */
    NUMBER_NOT_IN_FACTS,
    /** It states a number of a cited fact with another unit. */
    UNIT_MISMATCH,
    /** It states a date (or year) no cited fact holds. */
    DATE_NOT_IN_FACTS,
    /** It reads as a diagnosis. */
    DIAGNOSIS,
    /** It reads as a treatment directive. */
    TREATMENT_DIRECTIVE;

    public String messageKey() {
        return "finding." + name();
    }
}

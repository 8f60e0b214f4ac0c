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
    TREATMENT_DIRECTIVE,
    /** A word right after a number is a unit no cited fact uses and no known unit. */
    UNKNOWN_UNIT,
    /** A word is neither of the closed vocabulary, nor of the cited facts, nor inside an exact quotation. */
    WORD_NOT_GROUNDED,
    /** A word for one reader stands in the other's sentence ("your" for the clinician, "the patient" for them). */
    WRONG_AUDIENCE,
    /** A judgement (above, normal, rose, stable, critical...) the cited record does not support. */
    JUDGEMENT_CONTRADICTS_RECORD,
    /** It judges a value better or worse, mild or worrying: the record says no such thing. */
    UNSUPPORTED_EVALUATION,
    /** It states a change computed from the values ("doubled", "twice"), which no record holds. */
    CHANGE_IN_WORDS,
    /** It tells the reader what to do. */
    IMPERATIVE,
    /** It advises ("you should", "it is recommended", "il faut"). */
    ADVICE,
    /** Quotation marks around words that are not exactly, and wholly, the patient's or a cited record's text. */
    MISQUOTED,
    /** A date token the engine did not write out: it names no date of the facts the sentence cites. */
    UNRESOLVED_DATE_TOKEN;

    public String messageKey() {
        return "finding." + name();
    }
}

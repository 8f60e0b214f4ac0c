package org.visitprep.visit;

/**
 * Why a request about a visit preparation was refused. Each has a message in {@code VisitMessages.properties} and
 * {@code VisitMessages_fr.properties}; the arguments it takes are listed here in order.
 */
public enum VisitProblem implements Problem.Code {
    VISIT_NOT_FOUND,
    APPOINTMENT_MISSING,
    /** The appointment is too long ago: how many days back are accepted. */
    APPOINTMENT_IN_PAST,
    /** The appointment is too far ahead: how many months ahead are accepted. */
    APPOINTMENT_TOO_FAR,
    CONTACT_MISSING,
    UNKNOWN_CLINICIAN,
    CONTACT_NAME_MISSING,
    /** The name of whom the visit is with is too long: its length, the limit. */
    CONTACT_NAME_TOO_LONG,
    /** The reason is too long: its length, the limit. */
    REASON_TOO_LONG,
    /** More concerns than allowed: how many, the limit. */
    TOO_MANY_CONCERNS,
    /** A concern without text: its position. */
    EMPTY_CONCERN,
    /** A concern too long: its position, its length, the limit. */
    CONCERN_TOO_LONG,
    /** A position naming no concern: the position, how many concerns there are. */
    NO_SUCH_CONCERN,
    /** The symptoms are too long: their length, the limit. */
    SYMPTOMS_TOO_LONG,
    /** More questions than allowed: how many, the limit. */
    TOO_MANY_QUESTIONS,
    /** A question without text: its position. */
    EMPTY_QUESTION,
    /** A question too long: its position, its length, the limit. */
    QUESTION_TOO_LONG,
    /** More medicines than allowed: how many, the limit. */
    TOO_MANY_MEDICINES,
    /** A medicine without text: its position. */
    EMPTY_MEDICINE,
    /** A medicine too long: its position, its length, the limit. */
    MEDICINE_TOO_LONG,
    ALREADY_APPROVED,
    GENERATION_RUNNING,
    GENERATION_SUPERSEDED,
    /** The engine could not draft the summary; the previous draft is unchanged. */
    GENERATION_FAILED,
    NO_DRAFT_SUMMARY,
    /** A sentence number naming no sentence: the number. */
    NO_SUCH_SENTENCE,
    EMPTY_SENTENCE,
    /** A sentence too long: its length, the limit. */
    SENTENCE_TOO_LONG,
    /** The patient has added as many sentences as allowed: the limit. */
    TOO_MANY_ADDED_SENTENCES,
    /** The sentence alone states what the summary must mention; it cannot be taken out. */
    SENTENCE_MUST_STAY;

    static final String BUNDLE = "org.visitprep.visit.VisitMessages";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}

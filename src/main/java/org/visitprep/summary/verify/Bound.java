package org.visitprep.summary.verify;

/**
 * What a word of the lexicon's {@code [bound …]} sections says of a fact, which only a fact that states it lets a
 * sentence say: a sex, the words a result reads in ("positive", "not detected"), a value that cannot be placed
 * against its range, an allergy and its reaction, an active status, an entry made in error, a dose taken as needed.
 * Each belongs to a family: a word said of a fact that states another of its family contradicts the record ("male"
 * of a patient the record says is female), one said of a fact that states none of it is not grounded.
 */
enum Bound {
    SEX_FEMALE(Family.SEX),
    SEX_MALE(Family.SEX),
    SEX_OTHER(Family.SEX),
    SEX_UNKNOWN(Family.SEX),
    READS_POSITIVE(Family.READS, true),
    READS_DETECTED(Family.READS, true),
    READS_REACTIVE(Family.READS, true),
    READS_WEAKLY_REACTIVE(Family.READS, true),
    READS_NEGATIVE(Family.READS, false),
    READS_NOT_DETECTED(Family.READS, false),
    READS_NON_REACTIVE(Family.READS, false),
    /** A value with a comparator that may lie on either side of a limit of its range. */
    UNDECIDED(Family.PLACEMENT),
    ALLERGY(Family.ALLERGY),
    ALLERGY_REACTION(Family.REACTION),
    ACTIVE(Family.STATUS),
    ENTERED_IN_ERROR(Family.ERROR),
    AS_NEEDED(Family.AS_NEEDED);

    /** What a bound word speaks of. */
    enum Family {
        SEX,
        READS,
        PLACEMENT,
        ALLERGY,
        REACTION,
        STATUS,
        ERROR,
        AS_NEEDED
    }

    private final Family family;
    private final Boolean presence;

    Bound(Family family) {
        this(family, null);
    }

    Bound(Family family, Boolean presence) {
        this.family = family;
        this.presence = presence;
    }

    Family family() {
        return family;
    }

    /**
     * Whether "not" before the word is true of a fact that states {@code stated}: for the words a result reads in, a
     * finding's absence is the negation of its presence ("not positive" of a negative result); for any other, a fact
     * of the family that does not state the word.
     */
    boolean negationHolds(java.util.Set<Bound> stated) {
        if (presence == null) {
            return stated.stream().anyMatch(other -> other.family == family) && !stated.contains(this);
        }
        return stated.stream().anyMatch(other -> other.family == family && other.presence != presence);
    }
}

package org.visitprep.record.person;

/** What comparing two descriptions of a person came to. */
public enum PersonMatch {
    /** The same person: a shared identifier, or names and birth dates that agree. */
    SAME,
    /** Nothing to compare (one side names no one, or says too little): nothing speaks against it either. */
    UNDETERMINED,
    /** Names that cannot be the same person's. */
    OTHER_NAME,
    /** Two birth dates. */
    OTHER_BIRTH_DATE,
    /** Two values of one identifier system, and no identifier in common. */
    OTHER_IDENTIFIER;

    public boolean isAnotherPerson() {
        return this == OTHER_NAME || this == OTHER_BIRTH_DATE || this == OTHER_IDENTIFIER;
    }
}

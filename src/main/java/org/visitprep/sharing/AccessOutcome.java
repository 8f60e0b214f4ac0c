package org.visitprep.sharing;

/** What came of an attempt to open a shared summary. */
public enum AccessOutcome {
    OPENED,
    /** Refused: not shared with them, nor with an organization they act for. */
    REFUSED_NOT_YOURS,
    /** Refused: shared with them, but the patient stopped sharing. */
    REFUSED_REVOKED,
    /** Refused: shared with them, but the sharing had ended. */
    REFUSED_EXPIRED;

    static AccessOutcome of(Openability openability) {
        return switch (openability) {
            case OPENABLE -> OPENED;
            case NOT_YOURS -> REFUSED_NOT_YOURS;
            case REVOKED -> REFUSED_REVOKED;
            case EXPIRED -> REFUSED_EXPIRED;
        };
    }
}

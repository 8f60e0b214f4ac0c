package org.visitprep.sharing;

import org.visitprep.visit.Problem;

/**
 * Why a request about sharing was refused. Each has a message in {@code SharingMessages.properties} and
 * {@code SharingMessages_fr.properties}; the arguments it takes are listed here in order.
 */
public enum SharingProblem implements Problem.Code {
    VISIT_NOT_FOUND,
    NOT_APPROVED,
    UNKNOWN_GRANTEE,
    EXPIRY_IN_PAST,
    /** The end of sharing is too late: how many days after the appointment are allowed. */
    EXPIRY_TOO_LATE,
    ALREADY_SHARED,
    GRANT_NOT_FOUND,
    NOT_YOURS,
    /** The patient stopped sharing: the date they did. */
    SHARE_REVOKED,
    /** The sharing ended: the date it did. */
    SHARE_EXPIRED,
    /** A marked item that the summary does not have: its number. */
    NO_SUCH_ITEM,
    /** The note is too long: its length, the limit. */
    NOTE_TOO_LONG,
    NOTHING_MARKED;

    static final String BUNDLE = "org.visitprep.sharing.SharingMessages";

    @Override
    public String bundle() {
        return BUNDLE;
    }
}

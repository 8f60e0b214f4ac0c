package org.visitprep.sharing;

/** Whether a viewer may open a shared summary, and if not, why. */
public enum Openability {
    OPENABLE,
    /** Not shared with the viewer nor with an organization they act for. */
    NOT_YOURS,
    /** Shared with them, but the patient stopped sharing. */
    REVOKED,
    /** Shared with them, but the sharing ended. */
    EXPIRED
}

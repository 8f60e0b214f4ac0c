package org.visitprep.sharing;

/** Where a shared summary stands on a clinician's worklist. */
public enum WorklistStatus {
    /** Nobody opened it yet. */
    NEW,
    OPENED,
    /** A clinician marked what was discussed. */
    DISCUSSED
}

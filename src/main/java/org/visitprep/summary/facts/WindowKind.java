package org.visitprep.summary.facts;

/** How the window of a summary was chosen. */
public enum WindowKind {
    /** From the day after the last visit to the visit. */
    SINCE_LAST_VISIT,
    /** The twelve months up to the visit: the default. */
    LAST_TWELVE_MONTHS,
    /** Dates the patient chose. */
    CHOSEN
}

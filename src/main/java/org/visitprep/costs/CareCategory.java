package org.visitprep.costs;

/** The kinds of care a bill's lines are grouped by, in the order the page lists them. */
public enum CareCategory {
    OFFICE_VISIT,
    SPECIALIST_VISIT,
    EMERGENCY,
    INPATIENT,
    LAB,
    IMAGING,
    PROCEDURE,
    MEDICINE,
    PREVENTIVE,
    /** A line no rule places: counted here and listed among the lines to check. */
    OTHER;

    /** The category's key in the page's messages, e.g. {@code office-visit}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

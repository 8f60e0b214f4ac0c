package org.visitprep.visit;

/** Where a visit preparation is on its way from the patient's draft to their care team. */
public enum VisitStatus {
    /** Being written by the patient; no summary yet. */
    DRAFT,
    /** A summary was drafted; the patient reviews it and may still change the agenda. */
    SUMMARY_DRAFTED,
    /** The patient approved the summary: the visit and its approved version no longer change. */
    APPROVED,
    /** Approved and shared with someone at least once. */
    SHARED;

    /** Whether the patient may still change the visit and its draft summary. */
    public boolean isEditable() {
        return this == DRAFT || this == SUMMARY_DRAFTED;
    }
}

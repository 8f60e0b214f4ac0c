package org.visitprep.summary.facts;

/** Why a result is in the summary. */
public enum ResultReason {
    /**
     * The latest value is outside its range or flagged abnormal: by the laboratory's own interpretation first,
     * else its range (the record's own, else the general adult one), else its words ("Positive").
     */
    OUT_OF_RANGE,
    /** A value of the window reached a critical level, the latest one or one before it. */
    CRITICAL,
    /** Notably different from the previous result of the same test. */
    CHANGED,
    /** Linked to an agenda item by the keyword table. */
    ASKED_ABOUT
}

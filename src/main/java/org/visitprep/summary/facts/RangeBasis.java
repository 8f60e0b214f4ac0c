package org.visitprep.summary.facts;

/** Where the range a result is compared with comes from, which every sentence about it must say. */
public enum RangeBasis {
    /** The range the laboratory reported with the result; it always wins. */
    RECORD,
    /** The lab catalogue's general adult range, with its cited source; used only when the record gives none. */
    GENERAL_ADULT
}

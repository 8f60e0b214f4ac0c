package org.visitprep.summary.facts;

import org.visitprep.lab.LabFlag;

/** The range a measurement is compared with, if any, and how it compares. */
record RangeComparison(RangeUsed range, LabFlag flag) {

    static final RangeComparison NONE = new RangeComparison(null, LabFlag.UNKNOWN);

    boolean isOutOfRange() {
        return range != null && flag.isOutOfRange();
    }
}

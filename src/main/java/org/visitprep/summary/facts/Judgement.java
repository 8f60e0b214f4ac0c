package org.visitprep.summary.facts;

import org.visitprep.lab.LabFlag;

/** The range a measurement is compared with, if any, and how it compares. */
record Judgement(RangeUsed range, LabFlag flag) {

    static final Judgement NONE = new Judgement(null, LabFlag.UNKNOWN);

    boolean isOutOfRange() {
        return range != null && flag.isOutOfRange();
    }
}

package org.visitprep.summary.facts;

import org.visitprep.lab.LabFlag;
import org.visitprep.lab.ResultJudgement;

/**
 * How a measurement compares, as the lab judge decided: the range compared with (if any), the flag, what decided it,
 * the laboratory's own code, and the critical limits reached when they decided it.
 */
record RangeComparison(
        RangeUsed range, LabFlag flag, ResultJudgement.Basis basis, String laboratoryFlag, CriticalLimitUsed critical) {

    static final RangeComparison NONE =
            new RangeComparison(null, LabFlag.UNKNOWN, ResultJudgement.Basis.NONE, null, null);

    /** Outside its range or flagged abnormal, on whatever grounds. */
    boolean isOutOfRange() {
        return flag.isOutOfRange();
    }

    /** Whether anything decided how it compares. */
    boolean isDecided() {
        return flag != LabFlag.UNKNOWN;
    }
}

package org.visitprep.lab;

import java.util.Optional;

/**
 * How a result compares with the range it was judged against: the range (the record's own, or the catalogue's
 * general adult range, which {@link ReferenceRange#isGeneral()} tells apart and every screen and sentence must say)
 * and the flag. Without a range the result is shown as it is, unflagged.
 */
public record ResultJudgement(ReferenceRange range, LabFlag flag) {

    /** No range to compare with, or none in a unit the result can be compared in. */
    public static final ResultJudgement NONE = new ResultJudgement(null, LabFlag.UNKNOWN);

    public Optional<ReferenceRange> rangeUsed() {
        return Optional.ofNullable(range);
    }

    public boolean isOutOfRange() {
        return range != null && flag.isOutOfRange();
    }
}

package org.visitprep.lab;

import java.util.Objects;
import java.util.Optional;

/**
 * How a result compares, and on what grounds: the range it was compared with (the record's own, or the catalogue's
 * general adult range, which {@link ReferenceRange#isGeneral()} tells apart and every screen and sentence must say),
 * the flag, and what decided the flag (the laboratory's own interpretation, the range, a critical limit, a
 * qualitative value's words). Without anything to judge by, the result is shown as it is, unflagged.
 *
 * @param range the range the result was compared with, or null
 * @param basis what decided the flag
 * @param laboratoryCode the laboratory's own interpretation code (HL7 v3 ObservationInterpretation) when it gave one
 *     that says how the result compares, even when a critical limit decided the flag; else null
 * @param criticalLimits the catalogue's critical limits the result reached, when they decided the flag; else null
 */
public record ResultJudgement(
        ReferenceRange range, LabFlag flag, Basis basis, String laboratoryCode, CriticalLimits criticalLimits) {

    /** What decided a result's flag. */
    public enum Basis {
        /** The laboratory's own interpretation ({@code Observation.interpretation}): it comes first. */
        LABORATORY_FLAG,
        /** A critical limit of the catalogue, which the value reached whatever else says. */
        CRITICAL_LIMIT,
        /** The range: the record's own, else the catalogue's general adult range. */
        RANGE,
        /** A qualitative value's own words ("Positive", "Not detected"), without a flag from the laboratory. */
        QUALITATIVE_VALUE,
        /** A value with a comparator ("&lt;5") that the range cannot decide: it may be either side of a limit. */
        UNDECIDED,
        /** Nothing to judge by: no range, no flag, or a unit the range cannot be compared in. */
        NONE
    }

    /** No range to compare with, or none in a unit the result can be compared in. */
    public static final ResultJudgement NONE = new ResultJudgement(null, LabFlag.UNKNOWN, Basis.NONE, null, null);

    public ResultJudgement {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(basis, "basis");
    }

    /** A result compared with a range. */
    public ResultJudgement(ReferenceRange range, LabFlag flag) {
        this(range, flag, range == null || flag == LabFlag.UNKNOWN ? Basis.NONE : Basis.RANGE, null, null);
    }

    public Optional<ReferenceRange> rangeUsed() {
        return Optional.ofNullable(range);
    }

    /** Whether the result is outside its range or flagged abnormal, on whatever grounds. */
    public boolean isOutOfRange() {
        return flag.isOutOfRange();
    }

    /** Whether the laboratory's own interpretation decided the flag. */
    public boolean isLaboratoryFlag() {
        return basis == Basis.LABORATORY_FLAG;
    }

    /** Whether the value's comparator leaves it undecided against its range. */
    public boolean isUndecided() {
        return basis == Basis.UNDECIDED;
    }

    ResultJudgement withLaboratoryCode(String code) {
        return new ResultJudgement(range, flag, basis, code, criticalLimits);
    }
}

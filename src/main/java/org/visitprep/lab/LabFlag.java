package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a result compares with its reference range and critical limits, or how the laboratory itself flagged it. The
 * two flags without a direction come only from a laboratory's own interpretation (HL7 v3 ObservationInterpretation
 * {@code A}, {@code AA}, and the presence findings {@code POS}, {@code DET}) or a qualitative value such as
 * "Positive": see {@link LabInterpretation}.
 */
public enum LabFlag {
    CRITICAL_LOW,
    LOW,
    NORMAL,
    HIGH,
    CRITICAL_HIGH,
    /** Abnormal without a direction: a laboratory's "abnormal", or a positive or detected qualitative result. */
    ABNORMAL,
    /** Critically abnormal without a direction: a laboratory's {@code AA}. */
    CRITICAL_ABNORMAL,
    /** Nothing to compare with, or units that cannot be compared: the result is shown without a flag. */
    UNKNOWN;

    /**
     * Flags {@code result} against {@code range} and {@code critical}, converting units only where the conversion
     * is exact and does not depend on the substance measured (for example mg/dL to g/L); otherwise it does not
     * guess. Critical limits are checked first; limits in a unit the result cannot be converted to are not applied.
     *
     * @param result the measured value and its unit
     * @param range the range to compare with, or {@code null} if there is none
     * @param critical the critical limits, or {@code null} if there are none
     */
    public static LabFlag of(Quantity result, ReferenceRange range, CriticalLimits critical) {
        Objects.requireNonNull(result, "result");
        if (critical != null) {
            Optional<BigDecimal> inCriticalUnit =
                    UnitConversion.convert(result.value(), result.unit(), critical.unit());
            if (inCriticalUnit.filter(critical::isCriticallyLow).isPresent()) {
                return CRITICAL_LOW;
            }
            if (inCriticalUnit.filter(critical::isCriticallyHigh).isPresent()) {
                return CRITICAL_HIGH;
            }
        }
        if (range == null) {
            return UNKNOWN;
        }
        Optional<BigDecimal> inRangeUnit = UnitConversion.convert(result.value(), result.unit(), range.unit());
        if (inRangeUnit.isEmpty()) {
            return UNKNOWN;
        }
        BigDecimal measured = inRangeUnit.get();
        if (range.isBelow(measured)) {
            return LOW;
        }
        if (range.isAbove(measured)) {
            return HIGH;
        }
        return NORMAL;
    }

    /** Whether the result lies outside its range or is flagged abnormal, critical or not. */
    public boolean isOutOfRange() {
        return this != NORMAL && this != UNKNOWN;
    }

    /** Whether the result is at or beyond a critical limit, or flagged critical by its laboratory. */
    public boolean isCritical() {
        return this == CRITICAL_LOW || this == CRITICAL_HIGH || this == CRITICAL_ABNORMAL;
    }

    /** Whether the flag says the result is above its range (critically or not). */
    public boolean isHigh() {
        return this == HIGH || this == CRITICAL_HIGH;
    }

    /** Whether the flag says the result is below its range (critically or not). */
    public boolean isLow() {
        return this == LOW || this == CRITICAL_LOW;
    }

    /** Of two flags, the one that says more: critical over out of range, out of range over normal, any over none. */
    static LabFlag graver(LabFlag one, LabFlag other) {
        return one.gravity() >= other.gravity() ? one : other;
    }

    private int gravity() {
        return switch (this) {
            case UNKNOWN -> 0;
            case NORMAL -> 1;
            case ABNORMAL, HIGH, LOW -> 2;
            case CRITICAL_ABNORMAL, CRITICAL_HIGH, CRITICAL_LOW -> 3;
        };
    }
}

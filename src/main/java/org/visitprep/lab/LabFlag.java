package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** How a result compares with its reference range and critical limits. */
public enum LabFlag {
    CRITICAL_LOW,
    LOW,
    NORMAL,
    HIGH,
    CRITICAL_HIGH,
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

    /** Whether the result lies outside its range, critical or not. */
    public boolean isOutOfRange() {
        return this != NORMAL && this != UNKNOWN;
    }
}

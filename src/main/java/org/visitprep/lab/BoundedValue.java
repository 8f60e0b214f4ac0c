package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value the record qualifies with a comparator, as FHIR's {@code Quantity.comparator} does: {@code <0.35} is every
 * value below 0.35, {@code >=600} every value from 600 up. It is flagged only where every value it may be falls on
 * the same side: {@code >600 mg/dL} is above a range whose high limit is 200, {@code <0.35} below a low limit of 0.4;
 * {@code <5} against a range of 2 to 10 cannot be decided.
 *
 * @param value the number written after the comparator
 * @param comparator {@code <}, {@code <=}, {@code >=} or {@code >}
 */
record BoundedValue(BigDecimal value, String unit, String comparator) {

    /** Whether the comparator is one of FHIR's four bounds ({@code ad}, "sufficient to achieve", is not). */
    static boolean isBound(String comparator) {
        return "<".equals(comparator) || "<=".equals(comparator) || ">=".equals(comparator) || ">".equals(comparator);
    }

    /**
     * The flag every value of the bound shares: critical when all of them reach a critical limit, else high, low or
     * normal when all of them fall there; {@link LabFlag#UNKNOWN} when no range or limit is in a comparable unit.
     * Empty when the values straddle a limit and the flag cannot be decided.
     */
    Optional<LabFlag> flag(ReferenceRange range, CriticalLimits critical) {
        if (critical != null) {
            Optional<Interval> inCriticalUnit = in(critical.unit());
            if (inCriticalUnit.isPresent()) {
                Interval values = inCriticalUnit.get();
                if (critical.low().filter(values::allCriticallyBelow).isPresent()) {
                    return Optional.of(LabFlag.CRITICAL_LOW);
                }
                if (critical.high().filter(values::allCriticallyAbove).isPresent()) {
                    return Optional.of(LabFlag.CRITICAL_HIGH);
                }
            }
        }
        if (range == null) {
            return Optional.of(LabFlag.UNKNOWN);
        }
        Optional<Interval> inRangeUnit = in(range.unit());
        if (inRangeUnit.isEmpty()) {
            return Optional.of(LabFlag.UNKNOWN);
        }
        Interval values = inRangeUnit.get();
        if (range.low().filter(values::allBelow).isPresent()) {
            return Optional.of(LabFlag.LOW);
        }
        if (range.high().filter(values::allAbove).isPresent()) {
            return Optional.of(LabFlag.HIGH);
        }
        boolean withinLow = range.low().map(values::allAtOrAbove).orElse(true);
        boolean withinHigh = range.high().map(values::allAtOrBelow).orElse(true);
        return withinLow && withinHigh ? Optional.of(LabFlag.NORMAL) : Optional.empty();
    }

    private Optional<Interval> in(String otherUnit) {
        return UnitConversion.convert(value, unit, otherUnit).map(converted -> Interval.of(converted, comparator));
    }

    /**
     * The values a bound admits: from {@code low} (null for no end) to {@code high} (null for no end), each end
     * included or not.
     */
    private record Interval(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {

        static Interval of(BigDecimal value, String comparator) {
            return switch (comparator) {
                case "<" -> new Interval(null, false, value, false);
                case "<=" -> new Interval(null, false, value, true);
                case ">" -> new Interval(value, false, null, false);
                case ">=" -> new Interval(value, true, null, false);
                default -> throw new IllegalArgumentException("not a bound: " + comparator);
            };
        }

        /** Every value at or beyond a critical threshold on its high side. */
        boolean allCriticallyAbove(Limit threshold) {
            if (low == null) {
                return false;
            }
            int compared = low.compareTo(threshold.value());
            return compared > 0 || (compared == 0 && (!lowIncluded || threshold.inclusive()));
        }

        /** Every value at or beyond a critical threshold on its low side. */
        boolean allCriticallyBelow(Limit threshold) {
            if (high == null) {
                return false;
            }
            int compared = high.compareTo(threshold.value());
            return compared < 0 || (compared == 0 && (!highIncluded || threshold.inclusive()));
        }

        /** Every value above the range's high limit. */
        boolean allAbove(Limit high) {
            if (low == null) {
                return false;
            }
            int compared = low.compareTo(high.value());
            return compared > 0 || (compared == 0 && (!lowIncluded || !high.inclusive()));
        }

        /** Every value below the range's low limit. */
        boolean allBelow(Limit low) {
            if (high == null) {
                return false;
            }
            int compared = high.compareTo(low.value());
            return compared < 0 || (compared == 0 && (!highIncluded || !low.inclusive()));
        }

        /** No value below the range's low limit. */
        boolean allAtOrAbove(Limit rangeLow) {
            if (low == null) {
                return false;
            }
            int compared = low.compareTo(rangeLow.value());
            return compared > 0 || (compared == 0 && (rangeLow.inclusive() || !lowIncluded));
        }

        /** No value above the range's high limit. */
        boolean allAtOrBelow(Limit rangeHigh) {
            if (high == null) {
                return false;
            }
            int compared = high.compareTo(rangeHigh.value());
            return compared < 0 || (compared == 0 && (rangeHigh.inclusive() || !highIncluded));
        }
    }
}

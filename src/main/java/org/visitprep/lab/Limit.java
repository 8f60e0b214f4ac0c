package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One end of a reference range, or one critical threshold: a number and whether a value equal to it belongs to
 * what the limit bounds. For a range, an inclusive limit is inside the range; for a critical threshold, an
 * inclusive limit is itself critical.
 */
public record Limit(BigDecimal value, boolean inclusive) {

    public Limit {
        Objects.requireNonNull(value, "value");
    }

    public static Limit inclusive(String value) {
        return new Limit(new BigDecimal(value), true);
    }

    public static Limit exclusive(String value) {
        return new Limit(new BigDecimal(value), false);
    }

    /** Whether {@code measured} lies on the low side of this limit, outside what the limit bounds from below. */
    boolean leavesOutBelow(BigDecimal measured) {
        int comparison = measured.compareTo(value);
        return comparison < 0 || (comparison == 0 && !inclusive);
    }

    /** Whether {@code measured} lies on the high side of this limit, outside what the limit bounds from above. */
    boolean leavesOutAbove(BigDecimal measured) {
        int comparison = measured.compareTo(value);
        return comparison > 0 || (comparison == 0 && !inclusive);
    }

    /** Whether {@code measured} is at or beyond this threshold on its low side (for critical limits). */
    boolean reachedFromAbove(BigDecimal measured) {
        int comparison = measured.compareTo(value);
        return comparison < 0 || (comparison == 0 && inclusive);
    }

    /** Whether {@code measured} is at or beyond this threshold on its high side (for critical limits). */
    boolean reachedFromBelow(BigDecimal measured) {
        int comparison = measured.compareTo(value);
        return comparison > 0 || (comparison == 0 && inclusive);
    }

    /** Of two low limits, the one that lets more values in. */
    static Limit looserLow(Limit one, Limit other) {
        int comparison = one.value.compareTo(other.value);
        if (comparison != 0) {
            return comparison < 0 ? one : other;
        }
        return one.inclusive ? one : other;
    }

    /** Of two high limits, the one that lets more values in. */
    static Limit looserHigh(Limit one, Limit other) {
        int comparison = one.value.compareTo(other.value);
        if (comparison != 0) {
            return comparison > 0 ? one : other;
        }
        return one.inclusive ? one : other;
    }

    @Override
    public String toString() {
        return (inclusive ? "" : "(excluded) ") + value.toPlainString();
    }
}

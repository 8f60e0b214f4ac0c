package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a result is usually compared with: a low limit, a high limit or both, in one unit. It is either a
 * general range from this catalogue (with the id of its source) or the record's own.
 */
public final class ReferenceRange {

    private final Limit low;
    private final Limit high;
    private final String unit;
    private final RangeOrigin origin;
    private final String sourceId;

    private ReferenceRange(Limit low, Limit high, String unit, RangeOrigin origin, String sourceId) {
        if (low == null && high == null) {
            throw new IllegalArgumentException("A reference range needs a low limit, a high limit or both");
        }
        if (low != null && high != null && low.value().compareTo(high.value()) > 0) {
            throw new IllegalArgumentException(
                    "A reference range's low limit " + low.value().toPlainString() + " is above its high limit "
                            + high.value().toPlainString());
        }
        this.low = low;
        this.high = high;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.origin = origin;
        this.sourceId = sourceId;
    }

    /** A general adult range from the catalogue; either limit may be {@code null}. */
    public static ReferenceRange general(Limit low, Limit high, String unit, String sourceId) {
        return new ReferenceRange(low, high, unit, RangeOrigin.GENERAL, Objects.requireNonNull(sourceId, "sourceId"));
    }

    /** The range a laboratory reported with a result; either limit may be {@code null}. */
    public static ReferenceRange ofRecord(Limit low, Limit high, String unit) {
        return new ReferenceRange(low, high, unit, RangeOrigin.RECORD, null);
    }

    public Optional<Limit> low() {
        return Optional.ofNullable(low);
    }

    public Optional<Limit> high() {
        return Optional.ofNullable(high);
    }

    public String unit() {
        return unit;
    }

    public RangeOrigin origin() {
        return origin;
    }

    /** Whether this is a general range from the catalogue rather than the laboratory's own. */
    public boolean isGeneral() {
        return origin == RangeOrigin.GENERAL;
    }

    /** The catalogue source of a general range; empty for a record's own range. */
    public Optional<String> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    boolean isBelow(BigDecimal measured) {
        return low != null && low.leavesOutBelow(measured);
    }

    boolean isAbove(BigDecimal measured) {
        return high != null && high.leavesOutAbove(measured);
    }

    /**
     * The range that admits every value this range or {@code other} admits: used when a person's sex is not known
     * and the catalogue has one range for women and one for men. A side that one of them leaves open stays open.
     */
    ReferenceRange widenedBy(ReferenceRange other) {
        if (!unit.equals(other.unit) || origin != other.origin) {
            throw new IllegalArgumentException(
                    "Only ranges of one origin and one unit can be combined, not " + unit + " and " + other.unit);
        }
        Limit widerLow = low == null || other.low == null ? null : Limit.looserLow(low, other.low);
        Limit widerHigh = high == null || other.high == null ? null : Limit.looserHigh(high, other.high);
        String source = Objects.equals(sourceId, other.sourceId) ? sourceId : sourceId + "," + other.sourceId;
        return new ReferenceRange(widerLow, widerHigh, unit, origin, source);
    }

    @Override
    public String toString() {
        return "ReferenceRange[" + origin + " " + (low == null ? "" : low) + " to " + (high == null ? "" : high) + " "
                + unit + (sourceId == null ? "" : ", source " + sourceId) + "]";
    }
}

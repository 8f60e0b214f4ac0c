package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values at which a laboratory calls the care team at once (also called panic values), in one unit, as one
 * cited laboratory publishes them. Either side may be absent.
 */
public final class CriticalLimits {

    private final Limit low;
    private final Limit high;
    private final String unit;
    private final String sourceId;

    public CriticalLimits(Limit low, Limit high, String unit, String sourceId) {
        if (low == null && high == null) {
            throw new IllegalArgumentException("Critical limits need a low threshold, a high threshold or both");
        }
        this.low = low;
        this.high = high;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
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

    public String sourceId() {
        return sourceId;
    }

    boolean isCriticallyLow(BigDecimal measured) {
        return low != null && low.reachedFromAbove(measured);
    }

    boolean isCriticallyHigh(BigDecimal measured) {
        return high != null && high.reachedFromBelow(measured);
    }
}

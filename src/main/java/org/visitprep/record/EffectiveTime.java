package org.visitprep.record;

import java.util.Objects;

/**
 * When the thing an entry records happened: a point ({@code end} null) or a period. A period may be open-ended,
 * in which case {@code end} is null as well and {@link #isPeriod()} still tells it apart.
 */
public record EffectiveTime(RecordTime start, RecordTime end, boolean isPeriod) {

    public EffectiveTime {
        Objects.requireNonNull(start, "start");
    }

    public static EffectiveTime at(RecordTime time) {
        return new EffectiveTime(time, null, false);
    }

    public static EffectiveTime between(RecordTime start, RecordTime end) {
        return new EffectiveTime(start, end, true);
    }
}

package org.visitprep.record.wellness;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One {@code Record} of an Apple Health export, as read: its HealthKit type, value, unit, times and source app. */
record AppleSample(
        String type,
        BigDecimal quantity,
        String category,
        String unit,
        OffsetDateTime start,
        OffsetDateTime end,
        String sourceName) {}

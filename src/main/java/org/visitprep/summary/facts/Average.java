package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The mean of a measure's readings over a period.
 *
 * @param value the mean, rounded to the measure's decimals
 * @param readings how many readings (days, for a daily measure) it averages
 * @param from the period's first day
 * @param to the period's last day
 */
public record Average(BigDecimal value, int readings, LocalDate from, LocalDate to) {

    public Average {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}

package org.visitprep.lab;

import java.math.BigDecimal;
import java.util.Objects;

/** A measured value with the unit it was reported in, as UCUM writes units (for example {@code mg/dL}). */
public record Quantity(BigDecimal value, String unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), unit);
    }
}

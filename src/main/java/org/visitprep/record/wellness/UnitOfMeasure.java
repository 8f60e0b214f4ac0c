package org.visitprep.record.wellness;

import java.util.Map;

/**
 * An Apple Health unit with its UCUM code (http://unitsofmeasure.org, "The Unified Code for Units of Measure":
 * {@code [lb_av]} avoirdupois pound, {@code [in_i]} international inch, {@code mm[Hg]} millimetre of mercury).
 * Apple writes {@code count} for unitless values; the sample type's usual unit stands in then.
 */
record UnitOfMeasure(String display, String ucum) {

    private static final Map<String, String> UCUM_OF_APPLE = Map.ofEntries(
            Map.entry("count/min", "/min"),
            Map.entry("kg", "kg"),
            Map.entry("g", "g"),
            Map.entry("lb", "[lb_av]"),
            Map.entry("cm", "cm"),
            Map.entry("m", "m"),
            Map.entry("in", "[in_i]"),
            Map.entry("ft", "[ft_i]"),
            Map.entry("kcal", "kcal"),
            Map.entry("mmHg", "mm[Hg]"),
            Map.entry("kg/m2", "kg/m2"));

    static UnitOfMeasure of(String appleUnit, String usualUnit) {
        String unit = appleUnit == null || appleUnit.equals("count") ? usualUnit : appleUnit;
        return new UnitOfMeasure(unit.equals("count/min") ? "beats/minute" : unit, UCUM_OF_APPLE.get(unit));
    }
}

package org.visitprep.record;

import java.math.BigDecimal;

/**
 * A measured amount as FHIR's {@code Quantity}: value, the unit as written, and the coded unit (UCUM when
 * {@code system} is {@value #UCUM}). A comparator ({@code <}, {@code <=}, {@code >=}, {@code >}) qualifies the value.
 * Money (claims) uses the currency code as {@code code} and no system.
 */
public record Quantity(BigDecimal value, String unit, String system, String code, String comparator) {

    public static final String UCUM = "http://unitsofmeasure.org";

    public static Quantity ucum(BigDecimal value, String ucumCode, String unit) {
        return new Quantity(value, unit, UCUM, ucumCode, null);
    }

    /** The UCUM code of the unit, or null when the unit is not coded in UCUM. */
    public String ucumCode() {
        return UCUM.equals(system) ? code : null;
    }
}

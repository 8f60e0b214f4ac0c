package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number a fact states.
 *
 * @param value the value as the record holds it (or as the fact computed it, for an average)
 * @param unit the unit's canonical key ({@link org.visitprep.summary.wording.Units#canonical}); empty for a count or
 *     a unitless value; null for a number inside verbatim text (a dosage, a medicine's name), whose unit is not known
 * @param scale the fewest decimals a sentence may round the value to
 */
public record FactNumber(BigDecimal value, String unit, int scale) {

    public FactNumber {
        Objects.requireNonNull(value, "value");
    }
}

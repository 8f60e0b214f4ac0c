package org.visitprep.record;

import java.math.BigDecimal;

/**
 * One dosage instruction as FHIR's {@code Dosage} structures it (R4, http://hl7.org/fhir/R4/dosage.html): the dose
 * ({@code doseAndRate.doseQuantity}), how often ({@code timing.repeat.frequency} times per {@code period}
 * {@code periodUnit}, a UCUM unit of time such as {@code d} or {@code wk}), the route, and whether it is taken only
 * as needed. Any part may be absent; the text a person wrote stays in {@link MedicationDetail#dosageText()}.
 */
public record StructuredDosage(
        Quantity dose, Integer frequency, BigDecimal period, String periodUnit, Concept route, Boolean asNeeded) {

    /** Whether the instruction gives nothing beyond its text. */
    public boolean isEmpty() {
        return dose == null
                && frequency == null
                && period == null
                && periodUnit == null
                && (route == null || route.isEmpty())
                && asNeeded == null;
    }
}

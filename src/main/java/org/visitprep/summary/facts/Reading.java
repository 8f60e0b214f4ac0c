package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.summary.wording.Units;

/**
 * One measured value of an entry.
 *
 * @param entryId the entry it was read from
 * @param value the value exactly as the record holds it
 * @param unit the unit as the record wrote it, or null
 * @param ucum the UCUM code of the unit, or null
 * @param scale the decimals to show it with
 * @param date the date it was measured, as the record wrote it
 */
public record Reading(UUID entryId, BigDecimal value, String unit, String ucum, int scale, LocalDate date) {

    public Reading {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
    }

    /** The unit's canonical key, for comparing with another reading or a sentence. */
    public String unitKey() {
        return Units.canonical(ucum != null ? ucum : unit);
    }

    FactNumber asNumber() {
        return new FactNumber(value, unitKey(), scale);
    }
}

package org.visitprep.summary.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.summary.wording.Units;

/**
 * One value of an entry: a number (possibly qualified by a comparator, "&lt;0.35" being every value below 0.35), or
 * for a qualitative result the words the record gives ("Positive").
 *
 * @param entryId the entry it was read from
 * @param value the number exactly as the record holds it; null for a value in words
 * @param unit the unit as the record wrote it, or null
 * @param ucum the UCUM code of the unit, or null
 * @param scale the decimals to show it with
 * @param date the date it was measured, as the record wrote it
 * @param comparator {@code <}, {@code <=}, {@code >=} or {@code >} when the record qualifies the number; else null
 * @param text the value in words as the record gives it, for a qualitative result; else null
 */
public record Reading(
        UUID entryId,
        BigDecimal value,
        String unit,
        String ucum,
        int scale,
        LocalDate date,
        String comparator,
        String text) {

    public Reading {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(date, "date");
        if (value == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a reading is a number or a value in words");
        }
    }

    /** A plain number, as readings were before comparators and words. */
    public Reading(UUID entryId, BigDecimal value, String unit, String ucum, int scale, LocalDate date) {
        this(entryId, Objects.requireNonNull(value, "value"), unit, ucum, scale, date, null, null);
    }

    /** The unit's canonical key, for comparing with another reading or a sentence. */
    public String unitKey() {
        return Units.canonical(ucum != null ? ucum : unit);
    }

    /** Whether it is a number with no comparator, which can be compared with another. */
    public boolean isExactNumber() {
        return value != null && comparator == null;
    }

    /** Whether it is a value in words rather than a number. */
    public boolean isInWords() {
        return value == null;
    }

    FactNumber asNumber() {
        return new FactNumber(value, unitKey(), scale);
    }
}

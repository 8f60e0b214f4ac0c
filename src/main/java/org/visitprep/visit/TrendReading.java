package org.visitprep.visit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.visitprep.record.EffectiveTime;
import org.visitprep.record.ObservationDetail;
import org.visitprep.record.Quantity;
import org.visitprep.record.StoredEntry;

/**
 * One entry a wellness trend sentence cites, as its small chart needs it: the day, the value and the unit as the
 * record gives them (never converted).
 *
 * @param day the entry's day, ISO-8601, or null when the record gives none
 * @param value the value as written ("8432", "&lt; 5"), or null when the entry carries none
 * @param unit the unit as written, or "" when none
 */
public record TrendReading(String day, String value, String unit) implements Serializable {

    private static final long serialVersionUID = 1L;

    public TrendReading {
        unit = unit == null ? "" : unit;
    }

    /** The reading of a stored entry: an observation's quantity, else its text value; other entries give no value. */
    public static TrendReading of(StoredEntry entry) {
        String day = dayOf(entry.effective()).map(LocalDate::toString).orElse(null);
        if (!(entry.detail() instanceof ObservationDetail observation)) {
            return new TrendReading(day, null, "");
        }
        Quantity quantity = observation.quantity();
        if (quantity != null && quantity.value() != null) {
            String comparator = quantity.comparator() == null ? "" : quantity.comparator() + " ";
            return new TrendReading(day, comparator + quantity.value().toPlainString(), unitOf(quantity));
        }
        if (!observation.components().isEmpty()) {
            return new TrendReading(day, null, "");
        }
        return new TrendReading(day, observation.textValue(), "");
    }

    /** The day, if the record gives one. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(day).map(LocalDate::parse);
    }

    /** The value as a plain number (no comparator), if it is one. */
    public Optional<BigDecimal> number() {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException notAPlainNumber) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dayOf(EffectiveTime time) {
        return time == null || time.start() == null
                ? Optional.empty()
                : Optional.ofNullable(time.start().date());
    }

    private static String unitOf(Quantity quantity) {
        if (quantity.unit() != null && !quantity.unit().isBlank()) {
            return quantity.unit();
        }
        return quantity.code() == null ? "" : quantity.code();
    }
}

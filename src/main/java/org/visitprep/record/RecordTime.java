package org.visitprep.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A point in time as the source wrote it: a FHIR {@code date}, {@code dateTime} or {@code instant}.
 *
 * @param asWritten the value exactly as in the source, e.g. {@code 2019-07} or {@code 2019-07-19T10:36:11-07:00}
 * @param date the calendar date as written (the first day of the month or year when the source gave less)
 * @param instant the instant when the source gave a time of day with a zone, else null
 * @param precision how much of it the source gave
 */
public record RecordTime(String asWritten, LocalDate date, Instant instant, Precision precision) {

    /** How precise the source was. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY,
        MINUTE,
        SECOND,
        MILLISECOND
    }

    public RecordTime {
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    public static RecordTime ofDate(LocalDate date) {
        return new RecordTime(date.toString(), date, null, Precision.DAY);
    }
}

package org.visitprep.costs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The period whose care is read: a calendar year, or the twelve months ending today.
 *
 * @param from the first day
 * @param until the day after the last
 * @param year the calendar year, or 0 for the last twelve months
 */
public record CarePeriod(LocalDate from, LocalDate until, int year) {

    public CarePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    public static CarePeriod lastTwelveMonths(LocalDate today) {
        return new CarePeriod(today.plusDays(1).minusYears(1), today.plusDays(1), 0);
    }

    public static CarePeriod calendarYear(int year) {
        return new CarePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), year);
    }

    public boolean isCalendarYear() {
        return year != 0;
    }

    /** The start as an instant, a day early: entries are indexed by their UTC start, lines are kept by their date. */
    Instant searchFrom() {
        return from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant searchUntil() {
        return until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}

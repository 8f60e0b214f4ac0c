package org.visitprep.summary.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The days a summary looks at, both included, in the patient's time zone. Wellness trends always compare the last 30
 * days up to {@code to} with the 30 days before, whatever {@code from} is.
 */
public record ReviewWindow(LocalDate from, LocalDate to, WindowKind kind, ZoneId zone) {

    public ReviewWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a window starts on or before the day it ends");
        }
    }

    /** The default: the twelve months up to {@code visitDay}. */
    public static ReviewWindow lastTwelveMonths(LocalDate visitDay, ZoneId zone) {
        return new ReviewWindow(visitDay.minusMonths(12).plusDays(1), visitDay, WindowKind.LAST_TWELVE_MONTHS, zone);
    }

    /** From the day after the last visit up to {@code visitDay}. */
    public static ReviewWindow sinceLastVisit(LocalDate lastVisit, LocalDate visitDay, ZoneId zone) {
        return new ReviewWindow(lastVisit.plusDays(1), visitDay, WindowKind.SINCE_LAST_VISIT, zone);
    }

    public static ReviewWindow chosen(LocalDate from, LocalDate to, ZoneId zone) {
        return new ReviewWindow(from, to, WindowKind.CHOSEN, zone);
    }

    /** The first instant of the window. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the window. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

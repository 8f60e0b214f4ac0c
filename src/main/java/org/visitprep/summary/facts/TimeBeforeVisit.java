package org.visitprep.summary.facts;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How long before the visit a date lies that is older than the summary's window: whole years from one year, else
 * whole months from one month, else days. A sentence labels the date with it ("3 years before this visit", « 3 ans
 * avant cette consultation ») so no old result reads as news.
 *
 * @param date the date as the fact states it
 * @param amount how many units before the visit day (at least 1 for years and months)
 */
public record TimeBeforeVisit(LocalDate date, int amount, Unit unit) {

    /** The unit of the age, with its UCUM code: {@code a} (year), {@code mo} (month), {@code d} (day). */
    public enum Unit {
        YEARS("a"),
        MONTHS("mo"),
        DAYS("d");

        private final String ucum;

        Unit(String ucum) {
            this.ucum = ucum;
        }

        public String ucum() {
            return ucum;
        }
    }

    public TimeBeforeVisit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unit, "unit");
    }

    /** How long before {@code visitDay} the date lies. */
    public static TimeBeforeVisit of(LocalDate date, LocalDate visitDay) {
        Period before = Period.between(date, visitDay);
        if (before.getYears() >= 1) {
            return new TimeBeforeVisit(date, before.getYears(), Unit.YEARS);
        }
        if (before.toTotalMonths() >= 1) {
            return new TimeBeforeVisit(date, (int) before.toTotalMonths(), Unit.MONTHS);
        }
        return new TimeBeforeVisit(date, (int) ChronoUnit.DAYS.between(date, visitDay), Unit.DAYS);
    }

    /** The dates of the list that lie before the window, once each, in the order given. */
    static List<TimeBeforeVisit> outside(ReviewWindow window, Collection<LocalDate> dates) {
        List<TimeBeforeVisit> before = new ArrayList<>();
        dates.stream()
                .filter(Objects::nonNull)
                .distinct()
                .filter(date -> date.isBefore(window.from()))
                .forEach(date -> before.add(of(date, window.to())));
        return List.copyOf(before);
    }

    FactNumber asNumber() {
        return new FactNumber(java.math.BigDecimal.valueOf(amount), unit.ucum(), 0);
    }
}

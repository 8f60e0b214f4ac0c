package org.visitprep.web.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.visitprep.web.layout.LanguageSelection;

/**
 * Dates and times as the visit and summary pages write them, in the reader's language: an appointment in its own
 * time zone (named), other moments in the zone the page gives.
 */
@Named("times")
@RequestScoped
public class DisplayedTimes {

    @Inject
    private LanguageSelection language;

    /** E.g. "Monday 7 December 2026, 09:30 (Europe/Paris)". */
    public String appointment(ZonedDateTime appointment) {
        if (appointment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(appointment)
                + " (" + appointment.getZone().getId() + ")";
    }

    /** E.g. "7 Dec 2026". */
    public String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(day);
    }

    /** E.g. "7 Dec 2026, 09:31", in the given zone. */
    public String moment(Instant instant, ZoneId zone) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(instant.atZone(zone == null ? ZoneId.systemDefault() : zone));
    }

    /** The day of a moment, in the given zone. */
    public String dayOf(Instant instant, ZoneId zone) {
        return instant == null
                ? ""
                : day(instant.atZone(zone == null ? ZoneId.systemDefault() : zone)
                        .toLocalDate());
    }

    private Locale locale() {
        return language.getLocale();
    }
}

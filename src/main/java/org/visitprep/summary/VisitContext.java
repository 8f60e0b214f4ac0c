package org.visitprep.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.facts.ReviewWindow;

/**
 * What a summary is drafted for: the window it looks at (since the last visit, a chosen one, or by default the last
 * twelve months), the patient's locale (the summary is written in French for a French locale, else in English) and
 * their agenda.
 */
public record VisitContext(ReviewWindow window, Locale locale, Agenda agenda) {

    public VisitContext {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(agenda, "agenda");
    }

    /** The default window: the twelve months up to the visit. */
    public static VisitContext lastTwelveMonths(LocalDate visitDay, ZoneId zone, Locale locale, Agenda agenda) {
        return new VisitContext(ReviewWindow.lastTwelveMonths(visitDay, zone), locale, agenda);
    }

    /** What happened since the last visit, up to this one. */
    public static VisitContext sinceLastVisit(
            LocalDate lastVisit, LocalDate visitDay, ZoneId zone, Locale locale, Agenda agenda) {
        return new VisitContext(ReviewWindow.sinceLastVisit(lastVisit, visitDay, zone), locale, agenda);
    }
}

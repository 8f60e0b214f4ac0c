package org.visitprep.web.summary;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;
import org.visitprep.visit.AgendaItem;
import org.visitprep.visit.FrozenVisit;

/** The visit as the patient approved it: the appointment, with whom, the reason and the agenda in their words. */
public record VisitView(
        ZonedDateTime appointment,
        String withName,
        String reason,
        List<String> concerns,
        String symptoms,
        List<String> questions,
        List<String> medicines)
        implements Serializable {

    public VisitView {
        concerns = List.copyOf(concerns);
        questions = List.copyOf(questions);
        medicines = List.copyOf(medicines);
    }

    static VisitView of(FrozenVisit visit) {
        return new VisitView(
                visit.appointment(),
                visit.with().name(),
                visit.reason(),
                texts(visit.agenda().concerns()),
                visit.agenda().symptoms(),
                texts(visit.agenda().questions()),
                texts(visit.agenda().medicines()));
    }

    public boolean hasAgenda() {
        return !concerns.isEmpty() || !symptoms.isEmpty() || !questions.isEmpty() || !medicines.isEmpty();
    }

    private static List<String> texts(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::text).toList();
    }
}

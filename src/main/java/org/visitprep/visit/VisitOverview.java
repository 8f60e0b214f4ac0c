package org.visitprep.visit;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One line of a patient's list of visits.
 *
 * @param topConcern the concern that matters most to them, or empty
 */
public record VisitOverview(
        UUID id, ZonedDateTime appointment, CareContact with, VisitStatus status, String topConcern) {

    static VisitOverview of(VisitPreparation visit, VisitDetails details) {
        return new VisitOverview(
                visit.id(),
                visit.appointment(),
                new CareContact(visit.contactKind(), visit.contactId(), details.contactName()),
                visit.status(),
                details.agenda().topConcern().map(AgendaItem::text).orElse(""));
    }
}

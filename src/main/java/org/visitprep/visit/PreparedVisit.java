package org.visitprep.visit;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A visit preparation as its patient reads it, with what they wrote opened.
 *
 * @param draftSummaryId the summary under review, or null
 * @param approvedSummaryId the approved version, or null
 */
public record PreparedVisit(
        UUID id,
        ZonedDateTime appointment,
        CareContact with,
        String reason,
        Agenda agenda,
        VisitStatus status,
        boolean generating,
        UUID draftSummaryId,
        UUID approvedSummaryId) {

    static PreparedVisit of(VisitPreparation visit, VisitDetails details, SummaryVersions versions) {
        return new PreparedVisit(
                visit.id(),
                visit.appointment(),
                new CareContact(visit.contactKind(), visit.contactId(), details.contactName()),
                details.reason(),
                details.agenda(),
                visit.status(),
                visit.isGenerating(),
                versions.draftOf(visit.id()).map(SummaryVersion::id).orElse(null),
                versions.approvedOf(visit.id()).map(SummaryVersion::id).orElse(null));
    }
}

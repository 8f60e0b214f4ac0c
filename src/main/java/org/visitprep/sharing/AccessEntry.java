package org.visitprep.sharing;

import java.time.Instant;
import java.util.UUID;

/** One line of a patient's access log. */
public record AccessEntry(
        Instant occurredAt,
        UUID viewerId,
        String viewerName,
        Channel channel,
        String ehrOrganizationId,
        AccessOutcome outcome,
        UUID grantId,
        UUID summaryVersionId) {

    static AccessEntry of(AccessEvent event) {
        return new AccessEntry(
                event.occurredAt(),
                event.viewerId(),
                event.viewerName(),
                event.channel(),
                event.ehrOrganizationId(),
                event.outcome(),
                event.grantId(),
                event.summaryVersionId());
    }
}

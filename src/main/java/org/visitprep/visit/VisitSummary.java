package org.visitprep.visit;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A summary version as people read it: who wrote it and when, and its opened content. For an approved version,
 * {@code content().visit()} holds the visit as approved.
 */
public record VisitSummary(
        UUID id,
        UUID visitId,
        int number,
        SummaryState state,
        String engine,
        String model,
        Locale language,
        String disclaimerKey,
        Instant generatedAt,
        Instant approvedAt,
        SummaryContent content) {

    public VisitSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }

    static VisitSummary of(SummaryVersion version, SummaryContent content) {
        return new VisitSummary(
                version.id(),
                version.visitId(),
                version.number(),
                version.state(),
                version.engine(),
                version.model(),
                Locale.forLanguageTag(version.language()),
                version.disclaimerKey(),
                version.generatedAt(),
                version.approvedAt(),
                content);
    }

    public boolean isApproved() {
        return state == SummaryState.APPROVED;
    }
}

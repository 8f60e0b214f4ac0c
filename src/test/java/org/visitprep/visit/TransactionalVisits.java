package org.visitprep.visit;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.summary.draft.DraftSummary;

/** The visit service as the container offers it to the generation: each call a transaction of its own. */
final class TransactionalVisits extends Visits {

    private final TestPortal portal;

    TransactionalVisits(TestPortal portal) {
        this.portal = portal;
    }

    @Override
    public Optional<PreparedVisit> find(UUID patientId, UUID visitId) {
        return portal.visits(visits -> visits.find(patientId, visitId));
    }

    @Override
    public List<VisitOverview> upcoming(UUID patientId, ZoneId zone) {
        return portal.visits(visits -> visits.upcoming(patientId, zone));
    }

    @Override
    public List<VisitOverview> past(UUID patientId, ZoneId zone) {
        return portal.visits(visits -> visits.past(patientId, zone));
    }

    @Override
    public Outcome<GenerationTicket> startGeneration(UUID patientId, UUID visitId) {
        return portal.visits(visits -> visits.startGeneration(patientId, visitId));
    }

    @Override
    public Outcome<VisitSummary> completeGeneration(GenerationTicket ticket, DraftSummary draft) {
        return portal.visits(visits -> visits.completeGeneration(ticket, draft));
    }

    @Override
    public boolean abandonGeneration(GenerationTicket ticket) {
        return portal.visits(visits -> visits.abandonGeneration(ticket));
    }
}

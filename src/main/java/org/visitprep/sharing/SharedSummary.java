package org.visitprep.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.visitprep.visit.FrozenReview;
import org.visitprep.visit.VisitSummary;

/**
 * An approved summary opened by a clinician it is shared with: the frozen version (with the visit as approved in
 * {@code summary.content().visit()}), whose it is, what its review shows beyond its sentences (computed once,
 * sealed with it), and what clinicians noted so far.
 *
 * @param review the trend readings frozen with the summary; null where the service has no record to compute them
 *     from (outside the container), and the page then reads the cited entries itself
 */
public record SharedSummary(
        UUID grantId,
        UUID patientId,
        String patientName,
        Grantee sharedWith,
        Instant expiresAt,
        VisitSummary summary,
        FrozenReview review,
        List<ClinicianNote> notes) {}

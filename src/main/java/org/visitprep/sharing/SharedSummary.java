package org.visitprep.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.visitprep.visit.VisitSummary;

/**
 * An approved summary opened by a clinician it is shared with: the frozen version (with the visit as approved in
 * {@code summary.content().visit()}), whose it is, and what clinicians noted so far.
 */
public record SharedSummary(
        UUID grantId,
        UUID patientId,
        String patientName,
        Grantee sharedWith,
        Instant expiresAt,
        VisitSummary summary,
        List<ClinicianNote> notes) {}

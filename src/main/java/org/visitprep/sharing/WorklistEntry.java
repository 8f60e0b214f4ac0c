package org.visitprep.sharing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One summary shared with a clinician (or an organization they belong to), as their worklist shows it.
 *
 * @param today whether the appointment is today, in the clinician's zone
 * @param topConcern the concern that matters most to the patient, opened for the clinician as a grantee; or empty
 * @param sharedWith whom it was shared with: the clinician, or one of their organizations
 */
public record WorklistEntry(
        UUID grantId,
        UUID patientId,
        String patientName,
        ZonedDateTime appointment,
        boolean today,
        WorklistStatus status,
        String topConcern,
        Grantee sharedWith,
        String sharedWithName,
        Instant expiresAt) {}

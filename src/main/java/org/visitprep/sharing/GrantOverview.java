package org.visitprep.sharing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One of a patient's grants as they read it: with whom, until when, whether it was opened and discussed, and what
 * the clinicians noted.
 */
public record GrantOverview(
        UUID id,
        UUID visitId,
        UUID summaryVersionId,
        Grantee grantee,
        String granteeName,
        ZonedDateTime appointment,
        Instant sharedAt,
        Instant expiresAt,
        Instant revokedAt,
        GrantState state,
        Instant firstOpenedAt,
        Instant discussedAt,
        List<ClinicianNote> notes) {}

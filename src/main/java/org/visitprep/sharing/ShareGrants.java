package org.visitprep.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The grants patients made. */
public interface ShareGrants {

    Optional<ShareGrant> byId(UUID grantId);

    /** The patient's grants, latest first. */
    List<ShareGrant> ofPatient(UUID patientId);

    /** The grants to the grantee that are neither revoked nor expired. */
    List<ShareGrant> activeFor(Grantee grantee, Instant now);

    void add(ShareGrant grant);

    /** Notes the first time the grant's summary was opened; later opens change nothing. */
    void markOpened(UUID grantId, Instant now);
}

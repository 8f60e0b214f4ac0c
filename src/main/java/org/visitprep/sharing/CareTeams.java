package org.visitprep.sharing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The practices and EHR organizations the portal knows, and which clinicians belong to them: a table each, filled
 * by administrators and by the registration of an EHR.
 */
public interface CareTeams {

    Optional<CareOrganization> organization(String organizationId);

    /** The organizations the clinician belongs to, by name. */
    List<CareOrganization> organizationsOf(UUID clinicianId);

    void add(CareOrganization organization);

    /** Makes the clinician a member of the organization, unless they are one already. */
    void addMember(String organizationId, UUID clinicianId);

    void removeMember(String organizationId, UUID clinicianId);
}

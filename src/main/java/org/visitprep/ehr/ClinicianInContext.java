package org.visitprep.ehr;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A clinician the EHR signed in and launched VisitPrep for, with the patient in the EHR's context: what the web layer
 * keeps for the launch's session. No tokens: an EHR launch only says who and for whom, and the portal reads nothing
 * from the EHR with it.
 *
 * @param clinicianId the portal account of the clinician the EHR's {@code fhirUser} is mapped to
 * @param iss the EHR's FHIR base URL
 * @param organizationId the EHR's organization: the only grantee the clinician acts for in this session
 * @param ehrPatientId the EHR's id of the patient in context
 * @param portalPatientId the portal patient who linked that EHR record to their account; null when no one did
 */
public record ClinicianInContext(
        UUID clinicianId,
        String clinicianName,
        String iss,
        String ehrName,
        String organizationId,
        String ehrPatientId,
        UUID portalPatientId)
        implements EhrLaunchOutcome, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ClinicianInContext {
        Objects.requireNonNull(clinicianId, "clinicianId");
        clinicianName = clinicianName == null ? "" : clinicianName;
        Objects.requireNonNull(iss, "iss");
        Objects.requireNonNull(ehrName, "ehrName");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(ehrPatientId, "ehrPatientId");
    }

    public Optional<UUID> portalPatient() {
        return Optional.ofNullable(portalPatientId);
    }
}

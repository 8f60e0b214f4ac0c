package org.visitprep.ehr.sandbox.smart;

import java.util.Optional;
import org.visitprep.ehr.sandbox.smart.Scopes.Interaction;

/**
 * What a user allowed a client to do, as an access token carries it: who signed in, the patient and encounter in
 * context and the granted scopes. It decides what FHIR data the token may see.
 */
public record AccessGrant(
        String clientId,
        SandboxUser user,
        Optional<String> patientId,
        Optional<String> encounterId,
        Scopes scopes,
        boolean needPatientBanner) {

    /**
     * Whether the token may do this with a resource of this type that belongs to this patient's record (empty for
     * the clinic's own resources, such as its practitioners). {@code user/} scopes open every record, and only a
     * practitioner holds them; {@code patient/} scopes open the record of the patient in context only.
     */
    public boolean permits(Interaction interaction, String resourceType, Optional<String> recordOwner) {
        boolean asUser = user.isPractitioner() && scopes.permit("user", resourceType, interaction);
        boolean asPatient = scopes.permit("patient", resourceType, interaction);
        if (recordOwner.isEmpty()) {
            return asUser || asPatient;
        }
        return asUser || (asPatient && patientId.equals(recordOwner));
    }

    /** Whether the token may see every patient's record, as a practitioner with {@code user/} scopes does. */
    public boolean seesEveryRecord(String resourceType, Interaction interaction) {
        return user.isPractitioner() && scopes.permit("user", resourceType, interaction);
    }

    /** Identifies whose view of the data this is, so that a page of search results goes to the same viewer only. */
    public String viewer() {
        return clientId + "|" + user.reference() + "|" + patientId.orElse("") + "|" + scopes;
    }
}

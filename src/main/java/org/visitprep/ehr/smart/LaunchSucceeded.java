package org.visitprep.ehr.smart;

import java.util.Objects;
import java.util.Optional;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * The EHR granted access, and its id_token was verified.
 *
 * @param fhirUser who signed in at the EHR, as the verified id_token (or the token response) names them, e.g.
 *     {@code Practitioner/drbob} in an EHR launch or {@code Patient/123} in a standalone one
 * @param ehrPatientId the id of the patient in context at the EHR
 * @param encounterId the encounter in context, when the EHR gave one
 * @param tokens the tokens; for a standalone launch, hand them to the connection service, which seals them
 */
public record LaunchSucceeded(
        RegisteredEhr ehr,
        String fhirUser,
        String ehrPatientId,
        Optional<String> encounterId,
        TokenSet tokens,
        LaunchKind kind)
        implements LaunchOutcome {

    public LaunchSucceeded {
        Objects.requireNonNull(ehr, "ehr");
        Objects.requireNonNull(fhirUser, "fhirUser");
        Objects.requireNonNull(ehrPatientId, "ehrPatientId");
        Objects.requireNonNull(encounterId, "encounterId");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return "LaunchSucceeded[" + kind + " at " + ehr.iss() + ", " + tokens + "]";
    }
}

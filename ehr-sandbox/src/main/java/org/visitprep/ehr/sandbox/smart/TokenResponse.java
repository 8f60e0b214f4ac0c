package org.visitprep.ehr.sandbox.smart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A successful token response, SMART App Launch 2 style: the tokens plus the launch context. */
public record TokenResponse(
        String accessToken,
        long expiresInSeconds,
        Scopes scope,
        String refreshToken,
        Optional<String> idToken,
        AccessGrant grant) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", accessToken);
        json.put("token_type", "Bearer");
        json.put("expires_in", expiresInSeconds);
        json.put("scope", scope.toString());
        json.put("refresh_token", refreshToken);
        idToken.ifPresent(token -> json.put("id_token", token));
        grant.patientId().ifPresent(patient -> json.put("patient", patient));
        grant.encounterId().ifPresent(encounter -> json.put("encounter", encounter));
        json.put("fhirUser", grant.user().reference());
        json.put("need_patient_banner", grant.needPatientBanner());
        return json;
    }
}

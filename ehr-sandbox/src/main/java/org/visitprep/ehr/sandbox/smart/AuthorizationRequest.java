package org.visitprep.ehr.sandbox.smart;

import java.util.Optional;
import org.visitprep.ehr.sandbox.launch.LaunchContext;

/**
 * A checked authorization request waiting for the user's decision at the authorization page.
 *
 * @param launch the EHR launch it continues, or empty for a standalone launch
 */
public record AuthorizationRequest(
        RegisteredClient client,
        String redirectUri,
        String state,
        Scopes requestedScopes,
        PkceChallenge challenge,
        Optional<String> nonce,
        Optional<LaunchContext> launch) {

    public boolean isEhrLaunch() {
        return launch.isPresent();
    }

    /** A standalone launch asking for {@code user/} scopes signs in a practitioner; otherwise a patient. */
    public boolean signsInPractitioner() {
        return isEhrLaunch() || requestedScopes.hasResourceScopeFor("user");
    }

    /** Whether the user must pick a patient to put in context, in a practitioner's standalone launch. */
    public boolean asksPractitionerForPatient() {
        return !isEhrLaunch()
                && signsInPractitioner()
                && (requestedScopes.contains("launch/patient") || requestedScopes.hasResourceScopeFor("patient"));
    }
}

package org.visitprep.ehr.smart;

import java.net.URI;
import java.util.Objects;

/**
 * Send the browser to the EHR's authorize page: the launch is pending in the session's {@link PendingLaunches}.
 *
 * @param location the authorize URL with its query (client id, redirect URI, scopes, state, PKCE challenge, aud)
 */
public record AuthorizationRedirect(URI location) implements LaunchStart {

    public AuthorizationRedirect {
        Objects.requireNonNull(location, "location");
    }
}

package org.visitprep.ehr.sandbox.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import org.visitprep.ehr.sandbox.smart.AccessGrant;

/** Carries the grant of the request's access token from the token check to the resource providers. */
final class RequestGrant {

    private static final String KEY = AccessGrant.class.getName();

    private RequestGrant() {}

    static void attach(RequestDetails request, AccessGrant grant) {
        request.getUserData().put(KEY, grant);
    }

    static AccessGrant of(RequestDetails request) {
        if (request.getUserData().get(KEY) instanceof AccessGrant grant) {
            return grant;
        }
        throw new AuthenticationException("An access token is required");
    }
}

package org.visitprep.ehr.sandbox.smart;

/** What becomes of an authorization request once checked. */
public sealed interface AuthorizationStart {

    /** Valid: the user decides at the authorization page, which carries the request id. */
    record Pending(String requestId, AuthorizationRequest request) implements AuthorizationStart {}

    /** Invalid, but the client and redirect URI are trusted: send the error back to the client. */
    record ErrorRedirect(String location) implements AuthorizationStart {}

    /** Unknown client or redirect URI: never redirect, tell the person at the browser. */
    record Refused(String reason) implements AuthorizationStart {}
}

package org.visitprep.ehr.sandbox.smart;

/**
 * A refusal in OAuth's terms (RFC 6749 section 5.2): the error code, a description for the developer reading it, and
 * the HTTP status the token endpoint answers with.
 */
public final class OAuthError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final int httpStatus;

    private OAuthError(String error, String description, int httpStatus) {
        super(description);
        this.error = error;
        this.httpStatus = httpStatus;
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError("invalid_request", description, 400);
    }

    public static OAuthError invalidClient(String description) {
        return new OAuthError("invalid_client", description, 401);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError("invalid_grant", description, 400);
    }

    public static OAuthError unsupportedGrantType(String description) {
        return new OAuthError("unsupported_grant_type", description, 400);
    }

    public static OAuthError invalidScope(String description) {
        return new OAuthError("invalid_scope", description, 400);
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    public int httpStatus() {
        return httpStatus;
    }
}

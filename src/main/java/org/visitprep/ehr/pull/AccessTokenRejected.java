package org.visitprep.ehr.pull;

import java.io.Serial;

/** The EHR answered 401: the access token is no longer good, and a refresh may help. */
public final class AccessTokenRejected extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    AccessTokenRejected() {
        super("The EHR rejected the access token (HTTP 401)", null, false, false);
    }
}

package org.visitprep.ehr.connection;

import java.util.Objects;
import org.visitprep.ehr.smart.TokenSet;

/** What a pull needs of a connection: who the patient is at the EHR, and the opened tokens. Its text shows none. */
public record ConnectionAccess(String ehrPatientId, TokenSet tokens) {

    public ConnectionAccess {
        Objects.requireNonNull(ehrPatientId, "ehrPatientId");
        Objects.requireNonNull(tokens, "tokens");
    }
}

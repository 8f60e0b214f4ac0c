package org.visitprep.ehr.smart;

import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer of an EHR's token endpoint: the tokens, the launch context SMART adds to them ({@code patient},
 * {@code encounter}, {@code fhirUser}) and the id_token, not yet verified. Its text shows no token.
 */
public final class TokenGrant {

    private final TokenSet tokens;
    private final String patient;
    private final String encounter;
    private final String fhirUser;
    private final String idToken;

    TokenGrant(TokenSet tokens, String patient, String encounter, String fhirUser, String idToken) {
        this.tokens = Objects.requireNonNull(tokens);
        this.patient = blankAsNull(patient);
        this.encounter = blankAsNull(encounter);
        this.fhirUser = blankAsNull(fhirUser);
        this.idToken = blankAsNull(idToken);
    }

    public TokenSet tokens() {
        return tokens;
    }

    public Optional<String> patient() {
        return Optional.ofNullable(patient);
    }

    public Optional<String> encounter() {
        return Optional.ofNullable(encounter);
    }

    public Optional<String> fhirUser() {
        return Optional.ofNullable(fhirUser);
    }

    Optional<String> idToken() {
        return Optional.ofNullable(idToken);
    }

    @Override
    public String toString() {
        return "TokenGrant[" + tokens + ", patient in context " + (patient != null) + "]";
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

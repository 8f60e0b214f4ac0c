package org.visitprep.ehr.connection;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.ehr.smart.TokenSet;

/**
 * A connection's tokens as stored: one small JSON document (access token, refresh token, expiry, scope) sealed for
 * the patient, for the purpose naming the EHR, so that tokens copied to another patient's or another EHR's
 * connection do not open.
 */
final class SealedTokens {

    private SealedTokens() {}

    static byte[] seal(PatientSealer sealing, UUID patientId, String iss, TokenSet tokens) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", tokens.accessToken());
        tokens.refreshToken().ifPresent(refresh -> json.put("refresh_token", refresh));
        json.put("expires_at", tokens.expiresAt().getEpochSecond());
        json.put("scope", tokens.scope());
        byte[] plaintext = JSONObjectUtils.toJSONString(json).getBytes(StandardCharsets.UTF_8);
        try {
            return sealing.seal(patientId, plaintext, purpose(iss));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    static TokenSet open(PatientSealer sealing, UUID patientId, String iss, byte[] sealed) {
        byte[] plaintext = sealing.open(patientId, sealed, purpose(iss));
        try {
            Map<String, Object> json = JSONObjectUtils.parse(new String(plaintext, StandardCharsets.UTF_8));
            return new TokenSet(
                    JSONObjectUtils.getString(json, "access_token"),
                    Instant.ofEpochSecond(JSONObjectUtils.getLong(json, "expires_at")),
                    Optional.ofNullable(JSONObjectUtils.getString(json, "refresh_token")),
                    JSONObjectUtils.getString(json, "scope"));
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored EHR connection tokens are not in the expected form");
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    static String purpose(String iss) {
        return "ehr.connection.tokens " + iss;
    }
}

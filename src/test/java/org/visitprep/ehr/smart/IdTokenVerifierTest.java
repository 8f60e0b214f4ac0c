package org.visitprep.ehr.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/** id_tokens built with Nimbus and checked against a local JWKS: only the EHR's own, for us, in time, pass. */
class IdTokenVerifierTest {

    private static final RegisteredEhr EHR =
            new RegisteredEhr("general", "https://ehr.example/fhir", "visitprep-portal", "secret", "General", "", "");
    private static final String NONCE = "nonce-of-this-launch";

    private static final RSAKey EHR_KEY = newKey("ehr-key");
    private static final JWKSource<SecurityContext> PUBLISHED =
            new ImmutableJWKSet<>(new JWKSet(EHR_KEY.toPublicJWK()));

    private final IdTokenVerifier verifier = new IdTokenVerifier(Duration.ofSeconds(60));

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(EHR.iss())
                .subject("Patient/123")
                .audience(EHR.clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", NONCE)
                .claim("fhirUser", EHR.iss() + "/Patient/123");
    }

    private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(validClaims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void assertRefused(String idToken) {
        EhrFailure failure = assertThrows(EhrFailure.class, () -> verifier.verify(idToken, EHR, NONCE, PUBLISHED));
        assertEquals(EhrProblem.ID_TOKEN_INVALID, failure.problem());
    }

    @Test
    void theEhrsTokenForUsIsVerifiedAndNamesTheUser() throws Exception {
        assertEquals(
                Optional.of(EHR.iss() + "/Patient/123"),
                verifier.verify(signed(EHR_KEY, claims -> claims), EHR, NONCE, PUBLISHED));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        assertRefused(signed(newKey("ehr-key"), claims -> claims));
        assertRefused(signed(newKey("unknown-key"), claims -> claims));
    }

    @Test
    void aTokenWhoseSignatureWasTamperedWithIsRefused() throws Exception {
        String[] parts = signed(EHR_KEY, claims -> claims).split("\\.");
        String otherPayload =
                signed(EHR_KEY, claims -> claims.subject("Patient/456")).split("\\.")[1];

        assertRefused(parts[0] + "." + otherPayload + "." + parts[2]);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(signed(EHR_KEY, claims -> claims.audience("another-app")));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(signed(EHR_KEY, claims -> claims.issuer("https://other-ehr.example/fhir")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        assertRefused(signed(
                EHR_KEY,
                claims -> claims.issueTime(Date.from(longAgo)).expirationTime(Date.from(longAgo.plusSeconds(300)))));
    }

    @Test
    void aTokenWithoutExpiryOrIssueTimeIsRefused() throws Exception {
        assertRefused(signed(EHR_KEY, claims -> claims.expirationTime(null)));
        assertRefused(signed(EHR_KEY, claims -> claims.issueTime(null)));
    }

    @Test
    void aTokenWithAnotherNonceOrNoneIsRefused() throws Exception {
        assertRefused(signed(EHR_KEY, claims -> claims.claim("nonce", "nonce-of-another-launch")));
        assertRefused(signed(EHR_KEY, claims -> claims.claim("nonce", null)));
    }

    @Test
    void anUnsignedOrHmacTokenIsRefused() throws Exception {
        assertRefused(new PlainJWT(validClaims().build()).serialize());
        SignedJWT hmac =
                new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims().build());
        hmac.sign(new MACSigner("a-shared-secret-of-at-least-32-bytes!!"));
        assertRefused(hmac.serialize());
    }

    @Test
    void somethingThatIsNoJwtIsRefused() {
        assertRefused("not.a.jwt");
        assertRefused("");
    }
}

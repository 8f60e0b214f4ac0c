package org.visitprep.ehr.sandbox.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Issues OpenID Connect id_tokens for SMART's {@code openid fhirUser} scopes, signed RS256. */
final class IdTokens {

    private final SigningKey signingKey;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    IdTokens(SigningKey signingKey, String issuer, Duration lifetime, Clock clock) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String issue(String clientId, SandboxUser user, Optional<String> nonce) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.reference())
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("fhirUser", issuer + "/" + user.reference());
        nonce.ifPresent(value -> claims.claim("nonce", value));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.privateKey().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an id_token", e);
        }
        return jwt.serialize();
    }
}

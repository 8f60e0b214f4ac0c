package org.visitprep.ehr.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * Verifies an EHR's id_token: an RS256 signature by a key of the EHR's JWKS, issued by the EHR's FHIR base URL, for
 * the portal's client id, not expired, with the nonce of the launch. Anything else is refused.
 */
public final class IdTokenVerifier {

    private final Duration maxClockSkew;

    public IdTokenVerifier(Duration maxClockSkew) {
        this.maxClockSkew = maxClockSkew;
    }

    /**
     * @param keys the EHR's published keys
     * @return the {@code fhirUser} claim, when the token has one
     */
    public Optional<String> verify(String idToken, RegisteredEhr ehr, String nonce, JWKSource<SecurityContext> keys)
            throws EhrFailure {
        IDTokenValidator validator = new IDTokenValidator(
                new Issuer(ehr.iss()),
                new ClientID(ehr.clientId()),
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys),
                null);
        validator.setMaxClockSkew((int) maxClockSkew.toSeconds());
        try {
            IDTokenClaimsSet claims = validator.validate(JWTParser.parse(idToken), new Nonce(nonce));
            return Optional.ofNullable(claims.getStringClaim("fhirUser"));
        } catch (KeySourceException e) {
            throw new EhrFailure(EhrProblem.EHR_UNREACHABLE, e, ehr.name());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new EhrFailure(EhrProblem.ID_TOKEN_INVALID, e, ehr.name());
        }
    }
}

package org.visitprep.ehr.smart;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * The portal at an EHR's token endpoint, authenticated with {@code client_secret_basic}: exchanges an authorization
 * code (with its PKCE verifier) or a refresh token for tokens.
 */
public final class TokenEndpoint {

    /** The lifetime assumed for an access token whose answer gives none. */
    static final Duration LIFETIME_WHEN_UNSAID = Duration.ofMinutes(5);

    private final Duration timeout;
    private final Clock clock;

    public TokenEndpoint(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    public TokenGrant exchangeCode(
            SmartConfiguration configuration, RegisteredEhr ehr, String code, URI redirectUri, PkceVerifier verifier)
            throws EhrFailure {
        return request(
                configuration,
                ehr,
                new AuthorizationCodeGrant(
                        new AuthorizationCode(code), redirectUri, new CodeVerifier(verifier.value())));
    }

    public TokenGrant refresh(SmartConfiguration configuration, RegisteredEhr ehr, String refreshToken)
            throws EhrFailure {
        return request(configuration, ehr, new RefreshTokenGrant(new RefreshToken(refreshToken)));
    }

    TokenGrant request(SmartConfiguration configuration, RegisteredEhr ehr, AuthorizationGrant grant)
            throws EhrFailure {
        TokenRequest request = new TokenRequest.Builder(
                        configuration.tokenEndpoint(),
                        new ClientSecretBasic(new ClientID(ehr.clientId()), new Secret(ehr.clientSecret())),
                        grant)
                .build();
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout((int) timeout.toMillis());
        http.setReadTimeout((int) timeout.toMillis());
        http.setFollowRedirects(false);
        HTTPResponse answer;
        try {
            answer = http.send();
        } catch (IOException e) {
            throw new EhrFailure(EhrProblem.EHR_UNREACHABLE, e, ehr.name());
        }
        if (answer.getStatusCode() >= 500) {
            throw new EhrFailure(EhrProblem.EHR_UNAVAILABLE, ehr.name(), String.valueOf(answer.getStatusCode()));
        }
        TokenResponse parsed;
        try {
            parsed = TokenResponse.parse(answer);
        } catch (ParseException e) {
            throw new EhrFailure(EhrProblem.UNREADABLE_ANSWER, e, ehr.name(), "token response");
        }
        if (!parsed.indicatesSuccess()) {
            String error = parsed.toErrorResponse().getErrorObject().getCode();
            throw new EhrFailure(EhrProblem.TOKEN_REFUSED, ehr.name(), oauthCode(error));
        }
        return grantOf(parsed.toSuccessResponse(), ehr);
    }

    private TokenGrant grantOf(AccessTokenResponse success, RegisteredEhr ehr) throws EhrFailure {
        AccessToken access = success.getTokens().getAccessToken();
        if (!AccessTokenType.BEARER.equals(access.getType())) {
            throw new EhrFailure(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, ehr.name(), "a Bearer access token");
        }
        Instant now = clock.instant();
        Instant expiresAt =
                access.getLifetime() > 0 ? now.plusSeconds(access.getLifetime()) : now.plus(LIFETIME_WHEN_UNSAID);
        RefreshToken refresh = success.getTokens().getRefreshToken();
        TokenSet tokens = new TokenSet(
                access.getValue(),
                expiresAt,
                Optional.ofNullable(refresh).map(RefreshToken::getValue),
                access.getScope() == null ? "" : access.getScope().toString());
        Map<String, Object> context = success.getCustomParameters();
        return new TokenGrant(
                tokens,
                text(context, "patient"),
                text(context, "encounter"),
                text(context, "fhirUser"),
                text(context, "id_token"));
    }

    private static String text(Map<String, Object> parameters, String name) {
        return parameters.get(name) instanceof String value ? value : null;
    }

    /** An OAuth error code is a short ASCII word; anything else is not repeated to people. */
    private static String oauthCode(String error) {
        return error != null && error.matches("[a-z_]{1,40}") ? error : "error";
    }
}

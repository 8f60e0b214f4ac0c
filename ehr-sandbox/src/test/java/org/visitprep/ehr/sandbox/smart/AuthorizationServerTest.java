package org.visitprep.ehr.sandbox.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.sandbox.config.SandboxSettings.Lifetimes;
import org.visitprep.ehr.sandbox.launch.LaunchContext;
import org.visitprep.ehr.sandbox.launch.LaunchContexts;
import org.visitprep.ehr.sandbox.testing.SettableClock;

class AuthorizationServerTest {

    private static final String FHIR_BASE = "http://localhost:18280/fhir";
    private static final String CLIENT = "visitprep-portal";
    private static final String SECRET = "test-secret";
    private static final String REDIRECT = "http://localhost:18080/smart/callback";
    private static final String VERIFIER = "a-verifier-of-at-least-forty-three-characters-0123456789";
    private static final ClientCredentials PORTAL = new ClientCredentials(CLIENT, Optional.of(SECRET));

    private final SettableClock clock = new SettableClock();
    private final SigningKey signingKey = SigningKey.generate();
    private final LaunchContexts launches = new LaunchContexts(Duration.ofMinutes(10), clock);
    private final AuthorizationServer server = new AuthorizationServer(
            FHIR_BASE,
            List.of(new RegisteredClient(CLIENT, Optional.of(SECRET), List.of(REDIRECT))),
            signingKey,
            Lifetimes.standard(),
            launches,
            clock);

    @Test
    void issuesTokensWithContextForACodeWithTheRightS256Verifier() throws OAuthError {
        TokenResponse tokens = exchange(patientCode("patient-a"), VERIFIER);

        Map<String, Object> json = tokens.toJson();
        assertEquals("Bearer", json.get("token_type"));
        assertEquals("patient-a", json.get("patient"));
        assertEquals("Patient/patient-a", json.get("fhirUser"));
        assertEquals("launch/patient openid fhirUser offline_access patient/*.rs", json.get("scope"));
        assertTrue(tokens.idToken().isPresent());
        assertEquals(300L, json.get("expires_in"));
        assertTrue(server.grantFor(tokens.accessToken()).isPresent());
    }

    @Test
    void refusesThePlainChallengeMethod() {
        Map<String, String> request = authorizationRequest();
        request.put("code_challenge_method", "plain");
        request.put("code_challenge", VERIFIER);

        Map<String, String> error = errorRedirectQuery(server.start(request));

        assertEquals("invalid_request", error.get("error"));
        assertTrue(error.get("error_description").contains("S256"));
        assertEquals("state-1", error.get("state"));
    }

    @Test
    void refusesARequestWithoutCodeChallenge() {
        Map<String, String> request = authorizationRequest();
        request.remove("code_challenge");

        assertEquals(
                "invalid_request", errorRedirectQuery(server.start(request)).get("error"));
    }

    @Test
    void refusesAWrongVerifier() throws OAuthError {
        String code = patientCode("patient-a");

        OAuthError error = assertThrows(
                OAuthError.class, () -> exchange(code, "another-verifier-of-at-least-forty-three-characters-xyz"));

        assertEquals("invalid_grant", error.error());
    }

    @Test
    void refusesAMissingVerifier() throws OAuthError {
        String code = patientCode("patient-a");
        Map<String, String> form = codeForm(code, VERIFIER);
        form.remove("code_verifier");

        OAuthError error = assertThrows(OAuthError.class, () -> server.token(form, PORTAL));

        assertEquals("invalid_request", error.error());
        assertEquals(400, error.httpStatus());
    }

    @Test
    void refusesACodeUsedTwice() throws OAuthError {
        String code = patientCode("patient-a");
        exchange(code, VERIFIER);

        OAuthError error = assertThrows(OAuthError.class, () -> exchange(code, VERIFIER));

        assertEquals("invalid_grant", error.error());
    }

    @Test
    void refusesAnExpiredCode() throws OAuthError {
        String code = patientCode("patient-a");
        clock.advance(Duration.ofSeconds(61));

        OAuthError error = assertThrows(OAuthError.class, () -> exchange(code, VERIFIER));

        assertEquals("invalid_grant", error.error());
    }

    @Test
    void refusesAnAudienceOtherThanTheFhirBaseUrl() {
        Map<String, String> request = authorizationRequest();
        request.put("aud", "http://elsewhere.example/fhir");

        Map<String, String> error = errorRedirectQuery(server.start(request));

        assertEquals("invalid_request", error.get("error"));
        assertTrue(error.get("error_description").contains("aud"));
    }

    @Test
    void neverRedirectsToAnUnregisteredRedirectUri() {
        Map<String, String> request = authorizationRequest();
        request.put("redirect_uri", "http://attacker.example/callback");

        assertInstanceOf(AuthorizationStart.Refused.class, server.start(request));
    }

    @Test
    void refusesAWrongClientSecret() throws OAuthError {
        String code = patientCode("patient-a");

        OAuthError error = assertThrows(
                OAuthError.class,
                () -> server.token(codeForm(code, VERIFIER), new ClientCredentials(CLIENT, Optional.of("guess"))));

        assertEquals("invalid_client", error.error());
        assertEquals(401, error.httpStatus());
    }

    @Test
    void refreshesAnAccessTokenOnceAndThenRefusesTheOldRefreshToken() throws OAuthError {
        TokenResponse first = exchange(patientCode("patient-a"), VERIFIER);
        clock.advance(Duration.ofMinutes(6));
        assertTrue(server.grantFor(first.accessToken()).isEmpty(), "the access token expired after 5 minutes");

        TokenResponse refreshed =
                server.token(Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()), PORTAL);

        assertTrue(server.grantFor(refreshed.accessToken()).isPresent());
        assertEquals(Optional.of("patient-a"), refreshed.grant().patientId());
        OAuthError reuse = assertThrows(
                OAuthError.class,
                () -> server.token(
                        Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()), PORTAL));
        assertEquals("invalid_grant", reuse.error());
    }

    @Test
    void signsAnIdTokenThatVerifiesAgainstThePublishedJwks() throws Exception {
        TokenResponse tokens = exchange(patientCode("patient-a"), VERIFIER);
        JWKSet published = JWKSet.parse(signingKey.publicJwkSet().toString());
        assertTrue(published.getKeys().stream().noneMatch(key -> key.isPrivate()));

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(published)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                CLIENT, new JWTClaimsSet.Builder().issuer(FHIR_BASE).build(), Set.of("sub", "exp", "iat")));
        JWTClaimsSet claims = processor.process(tokens.idToken().orElseThrow(), null);

        assertEquals(FHIR_BASE + "/Patient/patient-a", claims.getStringClaim("fhirUser"));
        assertEquals("nonce-1", claims.getStringClaim("nonce"));
    }

    @Test
    void tellsTheClientWhenTheUserDenies() {
        String requestId = pendingId(server.start(authorizationRequest()));

        Map<String, String> answer = query(server.deny(requestId).orElseThrow());

        assertEquals("access_denied", answer.get("error"));
        assertEquals("state-1", answer.get("state"));
    }

    @Test
    void anEhrLaunchCarriesThePractitionerPatientAndEncounter() throws OAuthError {
        String launch = launches.start(new LaunchContext("drbob", "patient-b", Optional.of("encounter-1")));
        Map<String, String> request = authorizationRequest();
        request.put("launch", launch);
        request.put("scope", "launch openid fhirUser user/*.rs");
        String requestId = pendingId(server.start(request));

        String code = query(server.approve(requestId, SandboxUser.patient("ignored"), Optional.empty()))
                .get("code");
        Map<String, Object> json = exchange(code, VERIFIER).toJson();

        assertEquals("patient-b", json.get("patient"));
        assertEquals("encounter-1", json.get("encounter"));
        assertEquals("Practitioner/drbob", json.get("fhirUser"));
        assertEquals(false, json.get("need_patient_banner"));
    }

    @Test
    void refusesAnExpiredLaunch() {
        String launch = launches.start(new LaunchContext("drbob", "patient-b", Optional.empty()));
        clock.advance(Duration.ofMinutes(11));
        Map<String, String> request = authorizationRequest();
        request.put("launch", launch);

        assertEquals(
                "invalid_request", errorRedirectQuery(server.start(request)).get("error"));
    }

    @Test
    void aPatientNeverGetsUserScopes() throws OAuthError {
        Map<String, String> request = authorizationRequest();
        request.put("scope", "openid fhirUser user/*.rs patient/*.cruds");
        String requestId = pendingId(server.start(request));
        String code = query(server.approve(requestId, SandboxUser.patient("patient-a"), Optional.empty()))
                .get("code");

        Scopes granted = exchange(code, VERIFIER).scope();

        assertFalse(granted.contains("user/*.rs"));
        assertTrue(granted.contains("patient/*.rs"));
    }

    private String patientCode(String patientId) throws OAuthError {
        String requestId = pendingId(server.start(authorizationRequest()));
        return query(server.approve(requestId, SandboxUser.patient(patientId), Optional.empty()))
                .get("code");
    }

    private TokenResponse exchange(String code, String verifier) throws OAuthError {
        return server.token(codeForm(code, verifier), PORTAL);
    }

    private static Map<String, String> codeForm(String code, String verifier) {
        Map<String, String> form = new HashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", REDIRECT);
        form.put("code_verifier", verifier);
        return form;
    }

    private static Map<String, String> authorizationRequest() {
        Map<String, String> request = new HashMap<>();
        request.put("response_type", "code");
        request.put("client_id", CLIENT);
        request.put("redirect_uri", REDIRECT);
        request.put("scope", "launch/patient openid fhirUser offline_access patient/*.rs");
        request.put("state", "state-1");
        request.put("nonce", "nonce-1");
        request.put("aud", FHIR_BASE);
        request.put("code_challenge", PkceChallenge.s256(VERIFIER));
        request.put("code_challenge_method", "S256");
        return request;
    }

    private static String pendingId(AuthorizationStart start) {
        return assertInstanceOf(AuthorizationStart.Pending.class, start).requestId();
    }

    private static Map<String, String> errorRedirectQuery(AuthorizationStart start) {
        return query(
                assertInstanceOf(AuthorizationStart.ErrorRedirect.class, start).location());
    }

    private static Map<String, String> query(String location) {
        assertTrue(location.startsWith(REDIRECT + "?"), location);
        return Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}

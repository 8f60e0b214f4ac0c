package org.visitprep.ehr.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.LocalHttpServer;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.RegisteredEhrs;

/**
 * The launch flows against a small local EHR whose answers each test chooses: the authorize URL, the callback's
 * checks, and the token answers the portal must refuse.
 */
class SmartLaunchClientTest {

    private static final URI CALLBACK = URI.create("https://portal.example/smart/callback");
    private static final RSAKey EHR_KEY = newKey();

    private final Map<String, String> discovery = new HashMap<>();
    private UnaryOperator<Map<String, Object>> tokenAnswer = answer -> answer;
    private UnaryOperator<JWTClaimsSet.Builder> idTokenClaims = claims -> claims;
    private final Map<String, String> tokenRequest = new HashMap<>();
    private final LocalHttpServer ehr = new LocalHttpServer(exchange -> {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/.well-known/smart-configuration") && discovery.containsKey("redirect")) {
            exchange.getResponseHeaders().add("Location", discovery.get("redirect"));
            LocalHttpServer.answer(exchange, 302, "text/plain", "moved");
        } else if (path.endsWith("/.well-known/smart-configuration")) {
            LocalHttpServer.answer(exchange, 200, "application/json", JSONObjectUtils.toJSONString(discovery()));
        } else if (path.equals("/jwks")) {
            LocalHttpServer.answer(exchange, 200, "application/json", new JWKSet(EHR_KEY.toPublicJWK()).toString());
        } else if (path.equals("/token")) {
            tokenRequest.clear();
            tokenRequest.put("Authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            tokenRequest.putAll(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Map<String, Object> answer = tokenAnswer();
            int status = answer.containsKey("error") ? 400 : 200;
            LocalHttpServer.answer(exchange, status, "application/json", JSONObjectUtils.toJSONString(answer));
        } else {
            LocalHttpServer.answer(exchange, 404, "text/plain", "not here");
        }
    });
    private final RegisteredEhr registered =
            new RegisteredEhr("local", ehr.baseUrl() + "/fhir", "visitprep-portal", "s3cret", "Local EHR", "", "");
    private Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private final PendingLaunches pending = new PendingLaunches();

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("local-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> discovery() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("authorization_endpoint", discovery.getOrDefault("authorize", ehr.baseUrl() + "/authorize"));
        json.put("token_endpoint", discovery.getOrDefault("token", ehr.baseUrl() + "/token"));
        json.put("jwks_uri", discovery.getOrDefault("jwks", ehr.baseUrl() + "/jwks"));
        json.put("code_challenge_methods_supported", List.of(discovery.getOrDefault("pkce", "S256")));
        return json;
    }

    private Map<String, Object> tokenAnswer() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", "local-access-token");
        json.put("token_type", "Bearer");
        json.put("expires_in", 300);
        json.put("scope", LaunchKind.STANDALONE.scope());
        json.put("refresh_token", "local-refresh-token");
        json.put("patient", "123");
        json.put("fhirUser", "Patient/123");
        json.put("id_token", idToken());
        return tokenAnswer.apply(json);
    }

    private String idToken() {
        PendingLaunch launch = lastLaunch;
        Instant issued = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(registered.iss())
                .subject("Patient/123")
                .audience(registered.clientId())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(300)))
                .claim("nonce", launch == null ? null : launch.nonce())
                .claim("fhirUser", registered.iss() + "/Patient/123");
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(EHR_KEY.getKeyID())
                        .build(),
                idTokenClaims.apply(claims).build());
        try {
            jwt.sign(new RSASSASigner(EHR_KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private PendingLaunch lastLaunch;
    private EndpointPolicy policy = EndpointPolicy.allowingLoopbackHttp();

    private SmartLaunchClient client() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        Duration timeout = Duration.ofSeconds(5);
        return new SmartLaunchClient(
                RegisteredEhrs.of(List.of(registered)),
                new SmartDiscovery(timeout, Duration.ofHours(1), clock, policy),
                new TokenEndpoint(timeout, clock),
                new IdTokenVerifier(Duration.ofSeconds(60)),
                new EhrKeys(timeout)::at,
                new SecureRandom(),
                clock,
                SmartLaunches.PENDING_LIFETIME);
    }

    @AfterEach
    void stopTheEhr() {
        ehr.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    /** Starts a standalone launch and answers the callback query an EHR would send back with a code. */
    private Map<String, String> approvedCallback(SmartLaunchClient client) {
        URI authorize = assertInstanceOf(
                        AuthorizationRedirect.class, client.startStandaloneLaunch(registered.iss(), CALLBACK, pending))
                .location();
        String state = form(authorize.getRawQuery()).get("state");
        lastLaunch = pending.take(state).orElseThrow();
        pending.add(lastLaunch);
        return Map.of("code", "local-code", "state", state);
    }

    @Test
    void theAuthorizeUrlOfAStandaloneLaunchCarriesPkceStateNonceAndAud() {
        URI authorize = assertInstanceOf(
                        AuthorizationRedirect.class,
                        client().startStandaloneLaunch(registered.iss() + "/", CALLBACK, pending))
                .location();

        assertTrue(authorize.toString().startsWith(ehr.baseUrl() + "/authorize?"), authorize.toString());
        Map<String, String> query = form(authorize.getRawQuery());
        PendingLaunch launch = pending.take(query.get("state")).orElseThrow();
        assertEquals("code", query.get("response_type"));
        assertEquals("visitprep-portal", query.get("client_id"));
        assertEquals(CALLBACK.toString(), query.get("redirect_uri"));
        assertEquals("launch/patient openid fhirUser patient/*.rs offline_access", query.get("scope"));
        assertEquals(registered.iss(), query.get("aud"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(launch.verifier().challenge(), query.get("code_challenge"));
        assertEquals(launch.nonce(), query.get("nonce"));
        assertEquals(43, query.get("state").length());
        assertTrue(!query.containsKey("launch") && !query.containsKey("code_verifier"), query.toString());
        assertEquals(now.plus(SmartLaunches.PENDING_LIFETIME), launch.expiresAt());
    }

    @Test
    void theAuthorizeUrlOfAnEhrLaunchCarriesTheLaunch() {
        URI authorize = assertInstanceOf(
                        AuthorizationRedirect.class,
                        client().startEhrLaunch(registered.iss(), "launch-42", CALLBACK, pending))
                .location();

        Map<String, String> query = form(authorize.getRawQuery());
        assertEquals("launch-42", query.get("launch"));
        assertEquals("launch openid fhirUser patient/*.rs", query.get("scope"));
        assertEquals(
                LaunchKind.EHR, pending.take(query.get("state")).orElseThrow().kind());
    }

    @Test
    void anUnknownIssIsRefusedInEnglishAndFrenchWithoutContactingIt() {
        LaunchRefused refused = assertInstanceOf(
                LaunchRefused.class, client().startEhrLaunch("https://evil.example/fhir", "l", CALLBACK, pending));

        assertEquals(EhrProblem.UNKNOWN_EHR, refused.reason());
        assertTrue(refused.message(Locale.ENGLISH).contains("https://evil.example/fhir is not registered"));
        assertTrue(refused.message(Locale.FRENCH).contains("https://evil.example/fhir n’est pas enregistré")
                || refused.message(Locale.FRENCH).contains("https://evil.example/fhir n'est pas enregistré"));
        assertEquals(0, pending.size());
        assertTrue(ehr.requests().isEmpty());
    }

    @Test
    void anEhrLaunchWithoutItsLaunchIsRefused() {
        LaunchRefused refused = assertInstanceOf(
                LaunchRefused.class, client().startEhrLaunch(registered.iss(), " ", CALLBACK, pending));

        assertEquals(EhrProblem.LAUNCH_INCOMPLETE, refused.reason());
    }

    @Test
    void anEhrWithoutPkceS256IsNotUsed() {
        discovery.put("pkce", "plain");

        LaunchRefused refused = assertInstanceOf(
                LaunchRefused.class, client().startStandaloneLaunch(registered.iss(), CALLBACK, pending));

        assertEquals(EhrProblem.EHR_MISCONFIGURED, refused.reason());
        assertEquals(List.of("Local EHR", "PKCE S256"), refused.arguments());
    }

    @Test
    void theCodeIsExchangedWithItsVerifierAndTheClientsBasicCredentials() {
        SmartLaunchClient client = client();
        Map<String, String> callback = approvedCallback(client);
        String verifier = lastLaunch.verifier().value();

        LaunchSucceeded launch = assertInstanceOf(LaunchSucceeded.class, client.complete(callback, pending));

        assertEquals("123", launch.ehrPatientId());
        assertEquals(registered.iss() + "/Patient/123", launch.fhirUser());
        assertEquals("local-access-token", launch.tokens().accessToken());
        assertEquals(now.plusSeconds(300), launch.tokens().expiresAt());
        assertEquals("authorization_code", tokenRequest.get("grant_type"));
        assertEquals("local-code", tokenRequest.get("code"));
        assertEquals(verifier, tokenRequest.get("code_verifier"));
        assertEquals(CALLBACK.toString(), tokenRequest.get("redirect_uri"));
        assertTrue(tokenRequest.get("Authorization").startsWith("Basic "), "client_secret_basic");
        assertTrue(!tokenRequest.containsKey("client_secret"), "the secret goes in the header only");
    }

    @Test
    void aCallbackWithAnUnknownOrNoStateIsRefusedAndTheLaunchStaysPending() {
        SmartLaunchClient client = client();
        approvedCallback(client);

        LaunchRefused forged =
                assertInstanceOf(LaunchRefused.class, client.complete(Map.of("code", "c", "state", "forged"), pending));
        LaunchRefused stateless = assertInstanceOf(LaunchRefused.class, client.complete(Map.of("code", "c"), pending));

        assertEquals(EhrProblem.STATE_MISMATCH, forged.reason());
        assertEquals(EhrProblem.STATE_MISMATCH, stateless.reason());
        assertEquals(1, pending.size());
        assertTrue(tokenRequest.isEmpty(), "no code was exchanged");
    }

    @Test
    void aCallbackAfterThePendingLaunchExpiredIsRefused() {
        SmartLaunchClient client = client();
        Map<String, String> callback = approvedCallback(client);
        now = now.plus(SmartLaunches.PENDING_LIFETIME).plusSeconds(1);

        LaunchRefused refused = assertInstanceOf(LaunchRefused.class, client.complete(callback, pending));

        assertEquals(EhrProblem.LAUNCH_EXPIRED, refused.reason());
        assertEquals(0, pending.size(), "an expired launch is used up too");
        assertTrue(tokenRequest.isEmpty(), "no code was exchanged");
    }

    @Test
    void deniedAccessAndOtherAuthorizationErrorsAreRefusedWithoutExchangingACode() {
        SmartLaunchClient client = client();
        String denied = approvedCallback(client).get("state");
        String failed = approvedCallback(client).get("state");

        LaunchRefused deniedRefusal = assertInstanceOf(
                LaunchRefused.class, client.complete(Map.of("error", "access_denied", "state", denied), pending));
        LaunchRefused failedRefusal = assertInstanceOf(
                LaunchRefused.class,
                client.complete(Map.of("error", "<script>alert(1)</script>", "state", failed), pending));

        assertEquals(EhrProblem.ACCESS_DENIED, deniedRefusal.reason());
        assertEquals(EhrProblem.AUTHORIZATION_FAILED, failedRefusal.reason());
        assertEquals(List.of("Local EHR", "error"), failedRefusal.arguments());
        assertTrue(tokenRequest.isEmpty());
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() {
        SmartLaunchClient client = client();
        idTokenClaims = claims -> claims.audience("another-app");

        LaunchRefused refused =
                assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));

        assertEquals(EhrProblem.ID_TOKEN_INVALID, refused.reason());
    }

    @Test
    void anIdTokenWithTheNonceOfAnotherLaunchIsRefused() {
        SmartLaunchClient client = client();
        idTokenClaims = claims -> claims.claim("nonce", "nonce-of-another-launch");

        LaunchRefused refused =
                assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));

        assertEquals(EhrProblem.ID_TOKEN_INVALID, refused.reason());
    }

    @Test
    void aTokenAnswerWithoutIdTokenPatientOrFhirUserIsRefused() {
        SmartLaunchClient client = client();
        for (String missing : List.of("id_token", "patient")) {
            tokenAnswer = answer -> {
                answer.remove(missing);
                return answer;
            };
            LaunchRefused refused =
                    assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));
            assertEquals(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, refused.reason());
            assertEquals(List.of("Local EHR", missing), refused.arguments());
        }
        tokenAnswer = answer -> {
            answer.remove("fhirUser");
            return answer;
        };
        idTokenClaims = claims -> claims.claim("fhirUser", null);
        LaunchRefused noUser =
                assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));
        assertEquals(List.of("Local EHR", "fhirUser"), noUser.arguments());
    }

    @Test
    void aPatientIdThatIsNoFhirIdIsRefused() {
        SmartLaunchClient client = client();
        tokenAnswer = answer -> {
            answer.put("patient", "../Practitioner/1?x=");
            return answer;
        };

        LaunchRefused refused =
                assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));

        assertEquals(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, refused.reason());
    }

    @Test
    void aTokenErrorIsRefusedWithItsOAuthCodeOnly() {
        SmartLaunchClient client = client();
        tokenAnswer = answer -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", "invalid_grant");
            error.put("error_description", "code_verifier mismatch for token abc");
            return error;
        };

        LaunchRefused refused =
                assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));

        assertEquals(EhrProblem.TOKEN_REFUSED, refused.reason());
        assertEquals(List.of("Local EHR", "invalid_grant"), refused.arguments());
    }

    @Test
    void aStandaloneLaunchSignedInAsSomeoneElseThanThePatientInContextIsRefused() {
        for (String signedIn : List.of(
                "RelatedPerson/proxy-7",
                "Practitioner/drbob",
                "Patient/456",
                registered.iss() + "/Patient/1234",
                "https://other.example/fhir/Patient/123")) {
            SmartLaunchClient client = client();
            idTokenClaims = claims -> claims.claim("fhirUser", signedIn);

            LaunchRefused refused =
                    assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));

            assertEquals(EhrProblem.IDENTITY_MISMATCH, refused.reason(), signedIn);
            assertTrue(refused.message(Locale.ENGLISH).contains("is not the patient whose record"));
            assertTrue(refused.message(Locale.FRENCH).contains("n’est pas le patient")
                    || refused.message(Locale.FRENCH).contains("n'est pas le patient"));
        }
    }

    @Test
    void thePatientInContextMayBeNamedRelativelyOrOnTheEhrsBase() {
        for (String signedIn : List.of("Patient/123", registered.iss() + "/Patient/123")) {
            SmartLaunchClient client = client();
            idTokenClaims = claims -> claims.claim("fhirUser", signedIn);

            assertInstanceOf(LaunchSucceeded.class, client.complete(approvedCallback(client), pending), signedIn);
        }
    }

    @Test
    void theTokenAnswersUnsignedFhirUserIsNeverTakenForTheSignedOne() {
        SmartLaunchClient client = client();
        idTokenClaims = claims -> claims.claim("fhirUser", null);

        LaunchRefused refused =
                assertInstanceOf(LaunchRefused.class, client.complete(approvedCallback(client), pending));

        assertEquals(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, refused.reason());
        assertEquals(List.of("Local EHR", "fhirUser"), refused.arguments());
    }

    @Test
    void inProductionAnEhrOverPlainHttpIsNotContactedEvenOnThisMachine() {
        policy = EndpointPolicy.httpsOnly();

        LaunchRefused refused = assertInstanceOf(
                LaunchRefused.class, client().startStandaloneLaunch(registered.iss(), CALLBACK, pending));

        assertEquals(EhrProblem.INSECURE_ENDPOINT, refused.reason());
        assertEquals(List.of("Local EHR", "iss"), refused.arguments());
        assertTrue(refused.message(Locale.ENGLISH).contains("must be https"));
        assertTrue(refused.message(Locale.FRENCH).contains("doit être en https"));
        assertTrue(ehr.requests().isEmpty(), "discovery was not even asked");
        assertEquals(0, pending.size());
    }

    @Test
    void anEndpointOffTheEhrsOriginOrOverPlainHttpElsewhereIsRefused() {
        Map<String, String> misdirected = Map.of(
                "authorize", "http://attacker.example/authorize",
                "token", "https://attacker.example/token",
                "jwks", "https://localhost:1/jwks");
        misdirected.forEach((endpoint, address) -> {
            discovery.clear();
            discovery.put(endpoint, address);

            LaunchRefused refused = assertInstanceOf(
                    LaunchRefused.class, client().startStandaloneLaunch(registered.iss(), CALLBACK, pending));

            assertEquals(EhrProblem.INSECURE_ENDPOINT, refused.reason(), endpoint);
        });
        assertEquals(0, pending.size());
        assertTrue(tokenRequest.isEmpty(), "no code or secret went anywhere");
    }

    @Test
    void aDiscoveryThatRedirectsIsNotFollowed() {
        discovery.put("redirect", ehr.baseUrl() + "/elsewhere/.well-known/smart-configuration");

        LaunchRefused refused = assertInstanceOf(
                LaunchRefused.class, client().startStandaloneLaunch(registered.iss(), CALLBACK, pending));

        assertEquals(EhrProblem.INSECURE_ENDPOINT, refused.reason());
        assertEquals(1, ehr.requests().size(), "only the first address was asked: " + ehr.requests());
    }
}

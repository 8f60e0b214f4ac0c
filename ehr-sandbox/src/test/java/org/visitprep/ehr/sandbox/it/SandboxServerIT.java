package org.visitprep.ehr.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.ehr.sandbox.it.SandboxClient.json;
import static org.visitprep.ehr.sandbox.it.SandboxClient.queryOf;
import static org.visitprep.ehr.sandbox.testing.TestEhr.ALI;
import static org.visitprep.ehr.sandbox.testing.TestEhr.CLEMENTE;
import static org.visitprep.ehr.sandbox.testing.TestEhr.LIZ;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.visitprep.ehr.sandbox.testing.TestEhr;

@ExtendWith(TestEhr.class)
class SandboxServerIT {

    private static final String PRACTITIONER_SCOPES = "openid fhirUser launch/patient user/*.rs offline_access";
    private static final String PATIENT_SCOPES = "openid fhirUser launch/patient patient/*.rs";

    private final SandboxClient client = new SandboxClient();
    private final String fhirBase = TestEhr.baseUrl() + "/fhir";

    @Test
    void capabilityStatementIsOpenAndAdvertisesSmart() {
        HttpResponse<String> metadata = client.get("/fhir/metadata");

        assertEquals(200, metadata.statusCode());
        assertTrue(metadata.body().contains("SMART-on-FHIR"));
        assertTrue(metadata.body().contains(TestEhr.baseUrl() + "/auth/token"));
    }

    @Test
    void fhirRequestsWithoutAValidTokenAreRefusedWithAnOperationOutcome() {
        HttpResponse<String> none = client.get("/fhir/Patient");
        HttpResponse<String> forged = client.get("/fhir/Patient/" + LIZ, "not-a-token-it-issued");

        assertEquals(401, none.statusCode());
        assertTrue(none.body().contains("OperationOutcome"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, forged.statusCode());
    }

    @Test
    void publishesSmartConfigurationAndKeys() {
        Map<String, Object> configuration = json(client.get("/fhir/.well-known/smart-configuration"));

        assertEquals(fhirBase, configuration.get("issuer"));
        assertEquals(List.of("S256"), configuration.get("code_challenge_methods_supported"));
        HttpResponse<String> keys = client.get((String) configuration.get("jwks_uri"));
        assertEquals(200, keys.statusCode());
        assertFalse(keys.body().contains("\"d\""), "the JWKS must not publish the private exponent");
    }

    @Test
    void aPractitionerSignsInAndPagesThroughSearchesAndEverything() throws Exception {
        Map<String, Object> tokens = signIn(PRACTITIONER_SCOPES, Map.of("practitioner", "drbob", "patient", ALI), null);
        String accessToken = (String) tokens.get("access_token");

        assertEquals("Practitioner/drbob", tokens.get("fhirUser"));
        assertEquals(ALI, tokens.get("patient"));
        assertEquals(fhirBase + "/Practitioner/drbob", verifiedIdToken(tokens).getStringClaim("fhirUser"));

        Map<String, Object> firstPage =
                bundle(client.get("/fhir/Observation?patient=Patient/" + ALI + "&_count=10", accessToken));
        assertEquals(10, entries(firstPage).size());
        Map<String, Object> secondPage = bundle(client.get(link(firstPage, "next"), accessToken));
        assertEquals(10, entries(secondPage).size());
        assertNotEquals(entries(firstPage).getFirst(), entries(secondPage).getFirst());

        Map<String, Object> everything =
                bundle(client.get("/fhir/Patient/" + ALI + "/$everything?_count=25", accessToken));
        assertEquals(25, entries(everything).size());
        assertEquals(200, client.get(link(everything, "next"), accessToken).statusCode());

        assertEquals(200, client.get("/fhir/Patient/" + CLEMENTE, accessToken).statusCode());
        assertEquals(
                200,
                client.get("/fhir/Organization/visitprep-sandbox-clinic", accessToken)
                        .statusCode());
    }

    @Test
    void aPatientTokenSeesOnlyItsOwnRecord() {
        Map<String, Object> tokens = signIn(PATIENT_SCOPES, Map.of("patient", LIZ), null);
        String lizToken = (String) tokens.get("access_token");

        assertEquals("Patient/" + LIZ, tokens.get("fhirUser"));
        assertEquals(200, client.get("/fhir/Patient/" + LIZ, lizToken).statusCode());
        assertEquals(200, client.get("/fhir/Condition?subject=" + LIZ, lizToken).statusCode());
        HttpResponse<String> other = client.get("/fhir/Patient/" + CLEMENTE, lizToken);
        assertEquals(403, other.statusCode());
        assertTrue(other.body().contains("OperationOutcome"));
        assertEquals(
                403,
                client.get("/fhir/Observation?patient=" + CLEMENTE, lizToken).statusCode());
        assertEquals(
                403,
                client.get("/fhir/Patient/" + CLEMENTE + "/$everything", lizToken)
                        .statusCode());

        String drBob = (String) signIn(PRACTITIONER_SCOPES, Map.of("practitioner", "drbob", "patient", ALI), null)
                .get("access_token");
        Map<String, Object> aliPage = bundle(client.get("/fhir/Observation?patient=" + ALI + "&_count=5", drBob));
        assertEquals(403, client.get(link(aliPage, "next"), lizToken).statusCode());
    }

    @Test
    void refreshesTokensWithTheClientSecretPosted() {
        Map<String, Object> tokens =
                signIn(PRACTITIONER_SCOPES, Map.of("practitioner", "drcarol", "patient", ALI), null);

        HttpResponse<String> refreshed = client.postForm(
                "/auth/token",
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        (String) tokens.get("refresh_token"),
                        "client_id",
                        SandboxClient.CLIENT_ID,
                        "client_secret",
                        SandboxClient.SECRET),
                null);

        assertEquals(200, refreshed.statusCode());
        String newToken = (String) json(refreshed).get("access_token");
        assertEquals(200, client.get("/fhir/Patient/" + ALI, newToken).statusCode());
    }

    @Test
    void tokenEndpointErrorsAreOAuthJson() {
        String code = approvedCode(PATIENT_SCOPES, Map.of("patient", LIZ), null);
        Map<String, String> exchange = codeExchange(code);

        HttpResponse<String> wrongSecret = client.postForm("/auth/token", exchange, "Basic d3Jvbmc6c2VjcmV0");
        assertEquals(401, wrongSecret.statusCode());
        assertEquals("invalid_client", json(wrongSecret).get("error"));

        Map<String, String> wrongVerifier = new HashMap<>(exchange);
        wrongVerifier.put("code_verifier", "a-wrong-verifier-that-is-long-enough-to-be-valid-syntax");
        HttpResponse<String> refused = client.postForm("/auth/token", wrongVerifier, SandboxClient.portalBasic());
        assertEquals(400, refused.statusCode());
        assertEquals("invalid_grant", json(refused).get("error"));

        HttpResponse<String> reused = client.postForm("/auth/token", exchange, SandboxClient.portalBasic());
        assertEquals("invalid_grant", json(reused).get("error"), "the code was spent by the refused attempt");

        HttpResponse<String> noGrant = client.postForm("/auth/token", Map.of("code", "x"), SandboxClient.portalBasic());
        assertEquals("invalid_request", json(noGrant).get("error"));
    }

    @Test
    void theEhrPageLaunchesThePortalWithPatientAndEncounter() {
        HttpResponse<String> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"en\">"));
        assertTrue(page.body().contains("<main id=\"main\">"));
        assertTrue(page.body().contains("<label for=\"patient\">Patient</label>"));
        assertTrue(page.body().contains("Open VisitPrep for this patient"));

        HttpResponse<String> started = client.postForm(
                "/launch", Map.of("practitioner", "drcarol", "patient", CLEMENTE, "new_encounter", "yes"), null);
        assertEquals(303, started.statusCode());
        String location = started.headers().firstValue("Location").orElseThrow();
        String launch = queryOf(location).get("id");
        HttpResponse<String> launched = client.get(location.startsWith("http") ? location : "/" + location);
        assertTrue(launched.body()
                .contains(TestEhr.portalUrl() + "/smart/launch?iss=" + "http%3A%2F%2Flocalhost%3A" + TestEhr.port()
                        + "%2Ffhir&amp;launch="));
        assertTrue(launched.body().contains("<iframe title=\"VisitPrep for"));

        Map<String, Object> tokens = signIn("launch openid fhirUser user/*.rs", Map.of(), launch);
        assertEquals(CLEMENTE, tokens.get("patient"));
        assertEquals("Practitioner/drcarol", tokens.get("fhirUser"));
        String encounter = (String) tokens.get("encounter");
        assertEquals(
                200,
                client.get("/fhir/Encounter/" + encounter, (String) tokens.get("access_token"))
                        .statusCode());
    }

    @Test
    void aDeniedConsentSendsAccessDenied() {
        String requestId = SandboxClient.requestIdIn(
                client.get(SandboxClient.authorizeUrl(PATIENT_SCOPES, null)).body());

        HttpResponse<String> denied =
                client.postForm("/auth/decision", Map.of("request_id", requestId, "decision", "deny"), null);

        assertEquals(302, denied.statusCode());
        Map<String, String> answer =
                queryOf(denied.headers().firstValue("Location").orElseThrow());
        assertEquals("access_denied", answer.get("error"));
        assertEquals("it-state", answer.get("state"));
    }

    @Test
    void anAudienceOtherThanThisServerIsRefused() {
        String url = SandboxClient.authorizeUrl(PATIENT_SCOPES, null)
                .replace("aud=http", "aud=https%3A%2F%2Fother.example%2Ffhir&ignored=http");

        HttpResponse<String> refused = client.get(url);

        assertEquals(302, refused.statusCode());
        assertEquals(
                "invalid_request",
                queryOf(refused.headers().firstValue("Location").orElseThrow()).get("error"));
    }

    @Test
    void badInputGetsAClearAnswerAndNeverAStackTrace() {
        HttpResponse<String> noPage = client.get("/no-such-page");
        assertEquals(404, noPage.statusCode());
        assertFalse(noPage.body().contains("Exception"));

        String token =
                (String) signIn(PATIENT_SCOPES, Map.of("patient", LIZ), null).get("access_token");
        HttpResponse<String> unknown = client.get("/fhir/Patient/no-such-patient", token);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("OperationOutcome"));
        assertFalse(unknown.body().contains("at org."));

        HttpResponse<String> wrongMethod = client.get("/auth/token");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("invalid_request", json(wrongMethod).get("error"));

        HttpResponse<String> unknownClient = client.get(SandboxClient.authorizeUrl(PATIENT_SCOPES, null)
                .replace("client_id=visitprep-portal", "client_id=stranger"));
        assertEquals(400, unknownClient.statusCode());
        assertTrue(unknownClient.body().contains("not registered"));
    }

    private Map<String, Object> signIn(String scope, Map<String, String> choices, String launch) {
        HttpResponse<String> tokens = client.postForm(
                "/auth/token", codeExchange(approvedCode(scope, choices, launch)), SandboxClient.portalBasic());
        assertEquals(200, tokens.statusCode(), tokens.body());
        assertEquals("no-store", tokens.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(tokens.headers().firstValue("Set-Cookie").isEmpty(), "tokens never travel in cookies");
        return json(tokens);
    }

    private String approvedCode(String scope, Map<String, String> choices, String launch) {
        HttpResponse<String> consent = client.get(SandboxClient.authorizeUrl(scope, launch));
        assertEquals(200, consent.statusCode(), consent.body());
        Map<String, String> form = new HashMap<>(choices);
        form.put("request_id", SandboxClient.requestIdIn(consent.body()));
        form.put("decision", "allow");
        HttpResponse<String> approved = client.postForm("/auth/decision", form, null);
        assertEquals(302, approved.statusCode(), approved.body());
        Map<String, String> answer =
                queryOf(approved.headers().firstValue("Location").orElseThrow());
        assertEquals("it-state", answer.get("state"));
        return answer.get("code");
    }

    private static Map<String, String> codeExchange(String code) {
        return Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                SandboxClient.REDIRECT_URI,
                "code_verifier",
                SandboxClient.VERIFIER);
    }

    private JWTClaimsSet verifiedIdToken(Map<String, Object> tokens) throws Exception {
        Map<String, Object> configuration = json(client.get("/fhir/.well-known/smart-configuration"));
        JWKSet keys =
                JWKSet.parse(client.get((String) configuration.get("jwks_uri")).body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                SandboxClient.CLIENT_ID,
                new JWTClaimsSet.Builder().issuer(fhirBase).build(),
                Set.of("sub", "exp", "iat")));
        return processor.process((String) tokens.get("id_token"), null);
    }

    private static Map<String, Object> bundle(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> bundle = json(response);
        assertEquals("Bundle", bundle.get("resourceType"));
        return bundle;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> entries(Map<String, Object> bundle) {
        return (List<Object>) bundle.getOrDefault("entry", List.of());
    }

    @SuppressWarnings("unchecked")
    private static String link(Map<String, Object> bundle, String relation) {
        return ((List<Map<String, Object>>) bundle.get("link"))
                .stream()
                        .filter(link -> relation.equals(link.get("relation")))
                        .map(link -> (String) link.get("url"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No " + relation + " link in the bundle"));
    }
}

package org.visitprep.ehr.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.EhrSandbox;
import org.visitprep.ehr.EhrSignIn;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.RegisteredEhrs;

/** The SMART launch flows against the test EHR over HTTP, the person's part played by {@link EhrSignIn}. */
@ExtendWith(EhrSandbox.class)
class SmartLaunchIT {

    private final RegisteredEhr sandbox = EhrSandbox.registered();
    private final SmartLaunchClient client =
            SmartLaunches.create(RegisteredEhrs.of(List.of(sandbox)), EndpointPolicy.allowingLoopbackHttp());
    private final EhrSignIn person = new EhrSignIn();
    private final PendingLaunches pending = new PendingLaunches();

    private URI startStandalone() {
        return assertInstanceOf(
                        AuthorizationRedirect.class,
                        client.startStandaloneLaunch(EhrSandbox.iss() + "/", EhrSandbox.REDIRECT_URI, pending))
                .location();
    }

    @Test
    void aStandaloneLaunchConnectsThePatientWithVerifiedIdentityAndRefreshableTokens() {
        Map<String, String> callback = person.allow(startStandalone(), EhrSandbox.LIZ);

        LaunchSucceeded launch = assertInstanceOf(LaunchSucceeded.class, client.complete(callback, pending));

        assertEquals(LaunchKind.STANDALONE, launch.kind());
        assertEquals(EhrSandbox.LIZ, launch.ehrPatientId());
        assertEquals(EhrSandbox.iss() + "/Patient/" + EhrSandbox.LIZ, launch.fhirUser());
        assertTrue(launch.tokens().refreshToken().isPresent(), "offline_access gives a refresh token");
        assertTrue(
                launch.tokens().scope().contains("patient/*.rs"),
                launch.tokens().scope());
        assertFalse(launch.toString().contains(launch.tokens().accessToken()));
        assertEquals(0, pending.size(), "the pending launch is used up");
    }

    @Test
    void anEhrLaunchGivesThePractitionerThePatientAndTheEncounterInContext() {
        String launchId = person.launchFromEhr("drcarol", EhrSandbox.CLEMENTE, true);
        URI authorize = assertInstanceOf(
                        AuthorizationRedirect.class,
                        client.startEhrLaunch(EhrSandbox.iss(), launchId, EhrSandbox.REDIRECT_URI, pending))
                .location();
        assertTrue(authorize.getRawQuery().contains("launch="), authorize.toString());

        LaunchSucceeded launch =
                assertInstanceOf(LaunchSucceeded.class, client.complete(person.allowEhrLaunch(authorize), pending));

        assertEquals(LaunchKind.EHR, launch.kind());
        assertEquals(EhrSandbox.CLEMENTE, launch.ehrPatientId());
        assertEquals(EhrSandbox.iss() + "/Practitioner/drcarol", launch.fhirUser());
        assertTrue(launch.encounterId().isPresent(), "the EHR opened an encounter");
        assertEquals(sandbox, launch.ehr());
    }

    @Test
    void aPersonWhoDeniesAccessIsToldSoInTheirLanguage() {
        Map<String, String> callback = person.deny(startStandalone(), EhrSandbox.LIZ);

        LaunchRefused refused = assertInstanceOf(LaunchRefused.class, client.complete(callback, pending));

        assertEquals(EhrProblem.ACCESS_DENIED, refused.reason());
        assertTrue(refused.message(Locale.ENGLISH).contains("You did not allow VisitPrep"));
        assertTrue(refused.message(Locale.CANADA_FRENCH).contains("Vous n’avez pas autorisé")
                || refused.message(Locale.CANADA_FRENCH).contains("Vous n'avez pas autorisé"));
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedWithoutSpendingTheCode() {
        Map<String, String> callback = person.allow(startStandalone(), EhrSandbox.LIZ);
        Map<String, String> forged = Map.of("code", callback.get("code"), "state", "not-the-state-we-sent");

        LaunchRefused refused = assertInstanceOf(LaunchRefused.class, client.complete(forged, pending));

        assertEquals(EhrProblem.STATE_MISMATCH, refused.reason());
        assertEquals(1, pending.size(), "the real launch is still pending");
        assertInstanceOf(LaunchSucceeded.class, client.complete(callback, pending));
    }

    @Test
    void aCodeSentWithAnotherVerifierIsRefusedByTheEhr() {
        Map<String, String> callback = person.allow(startStandalone(), EhrSandbox.LIZ);
        PendingLaunch launch = pending.take(callback.get("state")).orElseThrow();
        pending.add(launch.withVerifier(PkceVerifier.generate(new SecureRandom())));

        LaunchRefused refused = assertInstanceOf(LaunchRefused.class, client.complete(callback, pending));

        assertEquals(EhrProblem.TOKEN_REFUSED, refused.reason());
        assertEquals(List.of(sandbox.name(), "invalid_grant"), refused.arguments());
    }

    @Test
    void aCodeSentWithoutItsVerifierIsRefusedByTheEhr() throws EhrFailure {
        Map<String, String> callback = person.allow(startStandalone(), EhrSandbox.LIZ);
        PendingLaunch launch = pending.take(callback.get("state")).orElseThrow();
        SmartDiscovery discovery = new SmartDiscovery(
                SmartLaunches.HTTP_TIMEOUT,
                SmartLaunches.DISCOVERY_LIFETIME,
                java.time.Clock.systemUTC(),
                EndpointPolicy.allowingLoopbackHttp());
        TokenEndpoint endpoint = new TokenEndpoint(SmartLaunches.HTTP_TIMEOUT, java.time.Clock.systemUTC());

        EhrFailure failure = assertThrows(
                EhrFailure.class,
                () -> endpoint.request(
                        discovery.of(sandbox),
                        sandbox,
                        new AuthorizationCodeGrant(new AuthorizationCode(callback.get("code")), launch.redirectUri())));

        assertEquals(EhrProblem.TOKEN_REFUSED, failure.problem());
        assertEquals(List.of(sandbox.name(), "invalid_request"), failure.arguments());
    }

    @Test
    void theRefreshTokenGivesNewTokensAndIsRotated() throws EhrFailure {
        LaunchSucceeded launch = assertInstanceOf(
                LaunchSucceeded.class, client.complete(person.allow(startStandalone(), EhrSandbox.LIZ), pending));
        String refreshToken = launch.tokens().refreshToken().orElseThrow();

        TokenGrant refreshed = client.refresh(sandbox, refreshToken);

        assertFalse(refreshed.tokens().accessToken().equals(launch.tokens().accessToken()));
        assertFalse(refreshed.tokens().refreshToken().orElseThrow().equals(refreshToken));
        EhrFailure spent = assertThrows(EhrFailure.class, () -> client.refresh(sandbox, refreshToken));
        assertEquals(EhrProblem.TOKEN_REFUSED, spent.problem());
    }
}

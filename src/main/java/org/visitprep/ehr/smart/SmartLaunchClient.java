package org.visitprep.ehr.smart;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.ehr.registry.RegisteredEhrs;

/**
 * The SMART App Launch 2 flows of the portal, EHR launch and standalone patient launch: the authorize redirect,
 * then the callback. A plain class; {@link SmartLaunches} holds one for the application.
 */
public final class SmartLaunchClient {

    /** FHIR's id type: what an EHR may call a patient. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private static final int LONGEST_LAUNCH = 512;
    private static final int RANDOM_BYTES = 32;

    private final RegisteredEhrs ehrs;
    private final SmartDiscovery discovery;
    private final TokenEndpoint tokenEndpoint;
    private final IdTokenVerifier idTokens;
    private final Function<URI, JWKSource<SecurityContext>> keysAt;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration pendingLifetime;

    /**
     * @param keysAt the EHR's signing keys published at a {@code jwks_uri}
     * @param pendingLifetime how long a launch may wait at the EHR for the person to sign in and decide
     */
    public SmartLaunchClient(
            RegisteredEhrs ehrs,
            SmartDiscovery discovery,
            TokenEndpoint tokenEndpoint,
            IdTokenVerifier idTokens,
            Function<URI, JWKSource<SecurityContext>> keysAt,
            SecureRandom random,
            Clock clock,
            Duration pendingLifetime) {
        this.ehrs = ehrs;
        this.discovery = discovery;
        this.tokenEndpoint = tokenEndpoint;
        this.idTokens = idTokens;
        this.keysAt = keysAt;
        this.random = random;
        this.clock = clock;
        this.pendingLifetime = pendingLifetime;
    }

    public RegisteredEhrs registeredEhrs() {
        return ehrs;
    }

    /**
     * A clinician's EHR opened the portal with {@code iss} and {@code launch}: sends the browser to the EHR's
     * authorize page, for the patient in the EHR's context.
     *
     * @param redirectUri the portal's callback URL, registered with the EHR
     */
    public LaunchStart startEhrLaunch(String iss, String launch, URI redirectUri, PendingLaunches pending) {
        Optional<RegisteredEhr> ehr = ehrs.byIss(iss);
        if (ehr.isEmpty()) {
            return LaunchRefused.of(EhrProblem.UNKNOWN_EHR, String.valueOf(iss));
        }
        if (launch == null || launch.isBlank() || launch.length() > LONGEST_LAUNCH) {
            return LaunchRefused.of(EhrProblem.LAUNCH_INCOMPLETE, ehr.get().name(), "launch");
        }
        return start(ehr.get(), LaunchKind.EHR, Optional.of(launch), redirectUri, pending);
    }

    /** A patient connects their record at the EHR {@code iss}: sends the browser to the EHR's authorize page. */
    public LaunchStart startStandaloneLaunch(String iss, URI redirectUri, PendingLaunches pending) {
        Optional<RegisteredEhr> ehr = ehrs.byIss(iss);
        if (ehr.isEmpty()) {
            return LaunchRefused.of(EhrProblem.UNKNOWN_EHR, String.valueOf(iss));
        }
        return start(ehr.get(), LaunchKind.STANDALONE, Optional.empty(), redirectUri, pending);
    }

    /**
     * The EHR sent the browser back to the callback with these query parameters: checks them against the pending
     * launch of the same state, exchanges the code and verifies the id_token. Nothing is stored here.
     */
    public LaunchOutcome complete(Map<String, String> callback, PendingLaunches pending) {
        Optional<PendingLaunch> started = pending.take(callback.get("state"));
        if (started.isEmpty()) {
            return LaunchRefused.of(EhrProblem.STATE_MISMATCH);
        }
        PendingLaunch launch = started.get();
        Optional<RegisteredEhr> registered = ehrs.byIss(launch.iss());
        if (registered.isEmpty()) {
            return LaunchRefused.of(EhrProblem.UNKNOWN_EHR, launch.iss());
        }
        RegisteredEhr ehr = registered.get();
        if (launch.isExpiredAt(clock.instant())) {
            return LaunchRefused.of(EhrProblem.LAUNCH_EXPIRED, ehr.name());
        }
        String error = callback.get("error");
        if ("access_denied".equals(error)) {
            return LaunchRefused.of(EhrProblem.ACCESS_DENIED, ehr.name());
        }
        if (error != null) {
            return LaunchRefused.of(
                    EhrProblem.AUTHORIZATION_FAILED, ehr.name(), error.matches("[a-z_]{1,40}") ? error : "error");
        }
        String code = callback.get("code");
        if (code == null || code.isBlank()) {
            return LaunchRefused.of(EhrProblem.AUTHORIZATION_FAILED, ehr.name(), "no code");
        }
        try {
            return exchange(ehr, launch, code);
        } catch (EhrFailure failure) {
            return LaunchRefused.of(failure);
        }
    }

    /** New tokens for a connection, with its refresh token. */
    public TokenGrant refresh(RegisteredEhr ehr, String refreshToken) throws EhrFailure {
        return tokenEndpoint.refresh(discovery.of(ehr), ehr, refreshToken);
    }

    private LaunchStart start(
            RegisteredEhr ehr, LaunchKind kind, Optional<String> launch, URI redirectUri, PendingLaunches pending) {
        SmartConfiguration configuration;
        try {
            configuration = discovery.of(ehr);
        } catch (EhrFailure failure) {
            return LaunchRefused.of(failure);
        }
        Instant now = clock.instant();
        PendingLaunch flow = new PendingLaunch(
                randomText(),
                randomText(),
                PkceVerifier.generate(random),
                ehr.iss(),
                kind,
                redirectUri,
                now,
                now.plus(pendingLifetime));
        AuthorizationRequest.Builder request = new AuthorizationRequest.Builder(
                        ResponseType.CODE, new ClientID(ehr.clientId()))
                .endpointURI(configuration.authorizationEndpoint())
                .redirectionURI(redirectUri)
                .scope(Scope.parse(kind.scope()))
                .state(new State(flow.state()))
                .codeChallenge(new CodeVerifier(flow.verifier().value()), CodeChallengeMethod.S256)
                .customParameter("aud", ehr.iss())
                .customParameter("nonce", flow.nonce());
        launch.ifPresent(value -> request.customParameter("launch", value));
        pending.add(flow);
        return new AuthorizationRedirect(request.build().toURI());
    }

    private LaunchOutcome exchange(RegisteredEhr ehr, PendingLaunch launch, String code) throws EhrFailure {
        SmartConfiguration configuration = discovery.of(ehr);
        TokenGrant grant =
                tokenEndpoint.exchangeCode(configuration, ehr, code, launch.redirectUri(), launch.verifier());
        String idToken = grant.idToken()
                .orElseThrow(() -> new EhrFailure(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, ehr.name(), "id_token"));
        // only the signed id_token says who signed in: the token response's own fhirUser is not signed
        String fhirUser = idTokens.verify(idToken, ehr, launch.nonce(), keysAt.apply(configuration.jwksUri()))
                .orElseThrow(() -> new EhrFailure(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, ehr.name(), "fhirUser"));
        String patient = grant.patient()
                .filter(id -> FHIR_ID.matcher(id).matches())
                .orElseThrow(() -> new EhrFailure(EhrProblem.INCOMPLETE_TOKEN_RESPONSE, ehr.name(), "patient"));
        if (launch.kind() == LaunchKind.STANDALONE && !isThePatient(fhirUser, ehr, patient)) {
            // a proxy, a parent or a practitioner signed in: linking would tie another person's EHR record here
            throw new EhrFailure(EhrProblem.IDENTITY_MISMATCH, ehr.name(), "fhirUser");
        }
        return new LaunchSucceeded(ehr, fhirUser, patient, grant.encounter(), grant.tokens(), launch.kind());
    }

    /**
     * Whether the signed {@code fhirUser} is {@code Patient/<patient>}, relative or absolute on the EHR's FHIR base.
     */
    static boolean isThePatient(String fhirUser, RegisteredEhr ehr, String patient) {
        String reference = fhirUser.strip();
        String base = ehr.iss() + "/";
        if (reference.startsWith(base)) {
            reference = reference.substring(base.length());
        }
        return reference.equals("Patient/" + patient);
    }

    private String randomText() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

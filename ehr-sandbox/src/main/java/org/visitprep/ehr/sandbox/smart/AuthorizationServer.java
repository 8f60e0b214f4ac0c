package org.visitprep.ehr.sandbox.smart;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.visitprep.ehr.sandbox.config.SandboxSettings.Lifetimes;
import org.visitprep.ehr.sandbox.launch.LaunchContext;
import org.visitprep.ehr.sandbox.launch.LaunchContexts;

/**
 * The SMART authorization server's rules: which authorization requests are valid, what the user's decision
 * produces, and what the token endpoint hands out for a code or a refresh token.
 */
public final class AuthorizationServer {

    /** An issued authorization code: bound to its client, redirect URI and PKCE challenge. */
    private record IssuedCode(AccessGrant grant, String redirectUri, PkceChallenge challenge, Optional<String> nonce) {}

    private final String fhirBaseUrl;
    private final Map<String, RegisteredClient> clients;
    private final LaunchContexts launches;
    private final IdTokens idTokens;
    private final ExpiringValues<AuthorizationRequest> pendingRequests;
    private final ExpiringValues<IssuedCode> codes;
    private final ExpiringValues<AccessGrant> accessTokens;
    private final ExpiringValues<AccessGrant> refreshTokens;

    public AuthorizationServer(
            String fhirBaseUrl,
            List<RegisteredClient> clients,
            SigningKey signingKey,
            Lifetimes lifetimes,
            LaunchContexts launches,
            Clock clock) {
        this.fhirBaseUrl = fhirBaseUrl;
        this.clients = clients.stream().collect(Collectors.toMap(RegisteredClient::clientId, Function.identity()));
        this.launches = launches;
        this.idTokens = new IdTokens(signingKey, fhirBaseUrl, lifetimes.accessToken(), clock);
        this.pendingRequests = new ExpiringValues<>(Duration.ofMinutes(15), clock);
        this.codes = new ExpiringValues<>(lifetimes.authorizationCode(), clock);
        this.accessTokens = new ExpiringValues<>(lifetimes.accessToken(), clock);
        this.refreshTokens = new ExpiringValues<>(lifetimes.refreshToken(), clock);
    }

    public String fhirBaseUrl() {
        return fhirBaseUrl;
    }

    /** Checks an authorization request (the authorize endpoint's query parameters). */
    public AuthorizationStart start(Map<String, String> parameters) {
        RegisteredClient client = clients.get(parameters.get("client_id"));
        if (client == null) {
            return new AuthorizationStart.Refused("The client_id is not registered with this EHR.");
        }
        String redirectUri = parameters.get("redirect_uri");
        if (!client.allowsRedirectTo(redirectUri)) {
            return new AuthorizationStart.Refused("The redirect_uri is not registered for this client.");
        }
        String state = parameters.get("state");
        try {
            if (!"code".equals(parameters.get("response_type"))) {
                return errorRedirect(redirectUri, state, "unsupported_response_type", "response_type must be code");
            }
            if (state == null || state.isEmpty()) {
                throw OAuthError.invalidRequest("state is required");
            }
            if (!fhirBaseUrl.equals(withoutTrailingSlash(parameters.get("aud")))) {
                throw OAuthError.invalidRequest("aud must be this EHR's FHIR base URL, " + fhirBaseUrl);
            }
            Scopes scopes = Scopes.parse(parameters.get("scope"));
            if (scopes.isEmpty()) {
                throw OAuthError.invalidScope("scope is required");
            }
            PkceChallenge challenge =
                    PkceChallenge.of(parameters.get("code_challenge"), parameters.get("code_challenge_method"));
            Optional<LaunchContext> launch = Optional.empty();
            String launchId = parameters.get("launch");
            if (launchId != null) {
                launch = launches.find(launchId);
                if (launch.isEmpty()) {
                    throw OAuthError.invalidRequest("launch is unknown or has expired; launch again from the EHR");
                }
            }
            AuthorizationRequest request = new AuthorizationRequest(
                    client,
                    redirectUri,
                    state,
                    scopes,
                    challenge,
                    Optional.ofNullable(parameters.get("nonce")),
                    launch);
            return new AuthorizationStart.Pending(pendingRequests.file(request), request);
        } catch (OAuthError error) {
            return errorRedirect(redirectUri, state, error.error(), error.description());
        }
    }

    public Optional<AuthorizationRequest> pending(String requestId) {
        return pendingRequests.find(requestId);
    }

    /**
     * The user allowed the request: issues a code and returns where to send the browser. In an EHR launch the context
     * comes from the launch; otherwise from the user's choices.
     *
     * @param user who signed in (ignored in an EHR launch, where the launching practitioner is the user)
     * @param patientId the patient chosen for context, if any
     */
    public String approve(String requestId, SandboxUser user, Optional<String> patientId) throws OAuthError {
        AuthorizationRequest request = pendingRequests
                .find(requestId)
                .orElseThrow(() -> OAuthError.invalidRequest("This authorization request is unknown or has expired"));
        SandboxUser signedIn;
        Optional<String> patient;
        Optional<String> encounter = Optional.empty();
        if (request.launch().isPresent()) {
            LaunchContext launch = request.launch().get();
            signedIn = SandboxUser.practitioner(launch.practitionerId());
            patient = Optional.of(launch.patientId());
            encounter = launch.encounterId();
        } else if (user.isPractitioner()) {
            signedIn = user;
            patient = patientId;
        } else {
            signedIn = user;
            patient = Optional.of(user.id());
        }
        Scopes granted = request.requestedScopes().grantedTo(signedIn);
        if (patient.isEmpty() && (granted.hasResourceScopeFor("patient") || granted.contains("launch/patient"))) {
            throw OAuthError.invalidRequest("patient scopes need a patient in context: choose one");
        }
        AccessGrant grant = new AccessGrant(
                request.client().clientId(),
                signedIn,
                patient,
                granted.contains("launch") || granted.contains("launch/encounter") ? encounter : Optional.empty(),
                granted,
                !request.isEhrLaunch());
        if (pendingRequests.take(requestId).isEmpty()) {
            throw OAuthError.invalidRequest("This authorization request was already decided");
        }
        String code = codes.file(new IssuedCode(grant, request.redirectUri(), request.challenge(), request.nonce()));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", request.state());
        return withQuery(request.redirectUri(), answer);
    }

    /** The user said no: tells the client {@code access_denied}. */
    public Optional<String> deny(String requestId) {
        return pendingRequests
                .take(requestId)
                .map(request -> errorLocation(
                        request.redirectUri(), request.state(), "access_denied", "The user denied the request"));
    }

    /** The token endpoint: exchanges a code or a refresh token, for an authenticated client. */
    public TokenResponse token(Map<String, String> form, ClientCredentials credentials) throws OAuthError {
        RegisteredClient client = authenticate(credentials);
        String grantType = form.get("grant_type");
        if (grantType == null) {
            throw OAuthError.invalidRequest("grant_type is required");
        }
        return switch (grantType) {
            case "authorization_code" -> exchangeCode(client, form);
            case "refresh_token" -> refresh(client, form);
            default -> throw OAuthError.unsupportedGrantType("grant_type must be authorization_code or refresh_token");
        };
    }

    /** The grant behind a bearer access token, while the token is alive. */
    public Optional<AccessGrant> grantFor(String accessToken) {
        return accessTokens.find(accessToken);
    }

    private TokenResponse exchangeCode(RegisteredClient client, Map<String, String> form) throws OAuthError {
        String code = required(form, "code");
        IssuedCode issued = codes.take(code)
                .orElseThrow(() -> OAuthError.invalidGrant("The code is unknown, already used or expired"));
        if (!issued.grant().clientId().equals(client.clientId())) {
            throw OAuthError.invalidGrant("The code was issued to another client");
        }
        if (!issued.redirectUri().equals(form.get("redirect_uri"))) {
            throw OAuthError.invalidGrant("redirect_uri must be the one of the authorization request");
        }
        issued.challenge().verify(form.get("code_verifier"));
        return issueTokens(issued.grant(), issued.nonce());
    }

    private TokenResponse refresh(RegisteredClient client, Map<String, String> form) throws OAuthError {
        String refreshToken = required(form, "refresh_token");
        AccessGrant grant = refreshTokens
                .take(refreshToken)
                .orElseThrow(() -> OAuthError.invalidGrant("The refresh token is unknown, already used or expired"));
        if (!grant.clientId().equals(client.clientId())) {
            throw OAuthError.invalidGrant("The refresh token was issued to another client");
        }
        String scope = form.get("scope");
        if (scope != null) {
            Scopes requested = Scopes.parse(scope);
            if (!grant.scopes().containsAll(requested)) {
                throw OAuthError.invalidScope("A refresh may only ask for scopes already granted");
            }
            grant = new AccessGrant(
                    grant.clientId(),
                    grant.user(),
                    grant.patientId(),
                    grant.encounterId(),
                    grant.scopes().narrowedTo(requested),
                    grant.needPatientBanner());
        }
        return issueTokens(grant, Optional.empty());
    }

    private TokenResponse issueTokens(AccessGrant grant, Optional<String> nonce) {
        Optional<String> idToken = grant.scopes().contains("openid")
                ? Optional.of(idTokens.issue(grant.clientId(), grant.user(), nonce))
                : Optional.empty();
        return new TokenResponse(
                accessTokens.file(grant),
                accessTokens.lifetime().toSeconds(),
                grant.scopes(),
                refreshTokens.file(grant),
                idToken,
                grant);
    }

    private RegisteredClient authenticate(ClientCredentials credentials) throws OAuthError {
        if (credentials == null
                || credentials.clientId() == null
                || credentials.clientId().isEmpty()) {
            throw OAuthError.invalidClient("Client authentication is required (client_secret_basic or _post)");
        }
        RegisteredClient client = clients.get(credentials.clientId());
        if (client == null) {
            throw OAuthError.invalidClient("Unknown client");
        }
        if (client.isConfidential() && !client.hasSecret(credentials.secret().orElse(null))) {
            throw OAuthError.invalidClient("Client authentication failed");
        }
        if (!client.isConfidential() && credentials.secret().isPresent()) {
            throw OAuthError.invalidClient("This public client has no secret");
        }
        return client;
    }

    private static String required(Map<String, String> form, String name) throws OAuthError {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw OAuthError.invalidRequest(name + " is required");
        }
        return value;
    }

    private static AuthorizationStart errorRedirect(String redirectUri, String state, String error, String text) {
        return new AuthorizationStart.ErrorRedirect(errorLocation(redirectUri, state, error, text));
    }

    private static String errorLocation(String redirectUri, String state, String error, String description) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", error);
        answer.put("error_description", description);
        if (state != null) {
            answer.put("state", state);
        }
        return withQuery(redirectUri, answer);
    }

    private static String withQuery(String uri, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }

    private static String withoutTrailingSlash(String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

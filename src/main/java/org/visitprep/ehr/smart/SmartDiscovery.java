package org.visitprep.ehr.smart;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.visitprep.ehr.EhrFailure;
import org.visitprep.ehr.EhrProblem;
import org.visitprep.ehr.registry.RegisteredEhr;

/**
 * Reads registered EHRs' {@code .well-known/smart-configuration}, and keeps each for a while. The {@code iss} and
 * every endpoint it names must pass the {@link EndpointPolicy}, and a redirect is not followed: whoever could move
 * discovery elsewhere would choose the keys and the token endpoint.
 */
public final class SmartDiscovery {

    private record Cached(SmartConfiguration configuration, Instant until) {}

    private final HttpClient http;
    private final Duration timeout;
    private final Duration lifetime;
    private final Clock clock;
    private final EndpointPolicy policy;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SmartDiscovery(Duration timeout, Duration lifetime, Clock clock, EndpointPolicy policy) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.policy = policy;
        this.timeout = timeout;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public SmartConfiguration of(RegisteredEhr ehr) throws EhrFailure {
        Instant now = clock.instant();
        Cached cached = cache.get(ehr.iss());
        if (cached != null && now.isBefore(cached.until())) {
            return cached.configuration();
        }
        SmartConfiguration fresh = fetch(ehr);
        cache.put(ehr.iss(), new Cached(fresh, now.plus(lifetime)));
        return fresh;
    }

    private SmartConfiguration fetch(RegisteredEhr ehr) throws EhrFailure {
        policy.check(ehr.fhirBaseUrl(), ehr, "iss");
        HttpRequest request = HttpRequest.newBuilder(URI.create(ehr.iss() + "/.well-known/smart-configuration"))
                .header("Accept", "application/json")
                .timeout(timeout)
                .GET()
                .build();
        HttpResponse<String> response;
        SmartConfiguration configuration;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EhrFailure(EhrProblem.EHR_UNREACHABLE, e, ehr.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EhrFailure(EhrProblem.EHR_UNREACHABLE, e, ehr.name());
        }
        if (response.statusCode() >= 500) {
            throw new EhrFailure(EhrProblem.EHR_UNAVAILABLE, ehr.name(), String.valueOf(response.statusCode()));
        }
        if (response.statusCode() / 100 == 3) {
            throw new EhrFailure(EhrProblem.INSECURE_ENDPOINT, ehr.name(), "smart-configuration redirects");
        }
        if (response.statusCode() != 200) {
            throw new EhrFailure(
                    EhrProblem.EHR_MISCONFIGURED, ehr.name(), "smart-configuration HTTP " + response.statusCode());
        }
        try {
            configuration = SmartConfiguration.parse(JSONObjectUtils.parse(response.body()), ehr.name());
        } catch (ParseException notJson) {
            throw new EhrFailure(EhrProblem.EHR_MISCONFIGURED, ehr.name(), "smart-configuration is not JSON");
        }
        policy.check(configuration.authorizationEndpoint(), ehr, "authorization_endpoint");
        policy.check(configuration.tokenEndpoint(), ehr, "token_endpoint");
        policy.check(configuration.jwksUri(), ehr, "jwks_uri");
        return configuration;
    }
}

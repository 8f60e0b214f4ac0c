package org.visitprep.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.visitprep.identity.Role;

/**
 * Asks the identity provider again which roles the signed-in person holds: the session's refresh token at the
 * provider's token endpoint (the portal's own client credentials), and the {@code groups} of the access token it
 * answers with. The provider may refuse (their sign-in there ended, their account was disabled): the caller then ends
 * the session; or not be reachable at all (stopped, restarting, answering 5xx): the caller then lets the session go
 * on and asks again a little later, so that an outage of the provider does not sign everyone out.
 */
@ApplicationScoped
public class ProviderRoles {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OpenIdSettings settings;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** What the provider answered. */
    public sealed interface Answer {}

    /** The roles the provider gives the person now. */
    public record Held(Set<Role> roles) implements Answer {}

    /** The provider answered, and will not answer for the person any more. */
    public record Refused() implements Answer {}

    /** The provider could not be reached, or failed (HTTP 5xx): nothing is known of the person either way. */
    public record Unreachable(String why) implements Answer {}

    public Answer readAgain() {
        Optional<String> refreshToken = openIdContext.getRefreshToken().map(token -> token.getToken());
        String endpoint = openIdContext.getProviderMetadata().getString("token_endpoint", null);
        if (refreshToken.isEmpty() || endpoint == null) {
            return new Refused();
        }
        String form = "grant_type=refresh_token&refresh_token=" + encoded(refreshToken.get());
        String credentials = Base64.getEncoder()
                .encodeToString((encoded(settings.getClientId()) + ":" + encoded(settings.getClientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 500) {
                return new Unreachable("HTTP " + answer.statusCode());
            }
            if (answer.statusCode() != 200) {
                return new Refused();
            }
            String accessToken = Json.createReader(new StringReader(answer.body()))
                    .readObject()
                    .getString("access_token");
            return new Held(rolesIn(accessToken));
        } catch (IOException unreachable) {
            return new Unreachable(unreachable.getClass().getSimpleName());
        } catch (RuntimeException unreadable) {
            return new Refused();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("interrupted");
        }
    }

    /** The VisitPrep roles in the {@code groups} claim of a token the provider just issued to the portal. */
    static Set<Role> rolesIn(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        JsonObject claims = Json.createReader(
                        new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))
                .readObject();
        JsonValue groups = claims.get("groups");
        Set<String> names = groups instanceof jakarta.json.JsonArray array
                ? array.stream()
                        .filter(JsonString.class::isInstance)
                        .map(value -> ((JsonString) value).getString())
                        .collect(Collectors.toSet())
                : Set.of();
        return Arrays.stream(Role.values())
                .filter(role -> names.contains(role.roleName()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

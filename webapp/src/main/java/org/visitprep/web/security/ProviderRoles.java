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
 * answers with. Empty when the provider will not answer for the person any more (their sign-in there ended, their
 * account was disabled) or cannot be reached: the caller then ends the session.
 */
@ApplicationScoped
public class ProviderRoles {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OpenIdSettings settings;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Optional<Set<Role>> readAgain() {
        Optional<String> refreshToken = openIdContext.getRefreshToken().map(token -> token.getToken());
        String endpoint = openIdContext.getProviderMetadata().getString("token_endpoint", null);
        if (refreshToken.isEmpty() || endpoint == null) {
            return Optional.empty();
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
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            String accessToken = Json.createReader(new StringReader(answer.body()))
                    .readObject()
                    .getString("access_token");
            return Optional.of(rolesIn(accessToken));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
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

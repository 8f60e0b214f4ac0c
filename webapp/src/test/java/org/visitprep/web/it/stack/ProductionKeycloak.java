package org.visitprep.web.it.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.visitprep.ehr.sandbox.testing.ManagedProcess;

/**
 * A second Keycloak, on its own port ({@code -Dit.production-keycloak.port}), holding the production realm
 * ({@code config/keycloak/visitprep-realm-production.json}) as an administrator would import it, with the test's
 * people added and the client's address and secret filled in. Its dev-memory database goes with it.
 */
public record ProductionKeycloak(int port, ManagedProcess process, String clientSecret) implements AutoCloseable {

    private static final String REALM_FILE = "config/keycloak/visitprep-realm-production.json";
    private static final String PLACEHOLDER_SITE = "https://visitprep.example.org";

    /**
     * Boots Keycloak and imports the production realm through the admin REST API, the portal's client sending people
     * back to {@code site}.
     *
     * @param users the realm's people, as Keycloak's user representations
     */
    public static ProductionKeycloak start(URI site, List<JsonObject> users) {
        int port = TestSettings.port("production-keycloak");
        String adminPassword = random();
        var process = KeycloakServer.startDev(
                "Keycloak (production realm)",
                port,
                List.of("--http-management-port=" + (port + 1)),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword),
                "keycloak-production.log");
        var keycloak = new ProductionKeycloak(port, process, random());
        try {
            process.awaitOk(
                    keycloak.baseUrl().resolve("realms/master/.well-known/openid-configuration"),
                    Duration.ofMinutes(4));
            keycloak.importRealm(site, users, adminPassword);
            return keycloak;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    private void importRealm(URI site, List<JsonObject> users, String adminPassword) {
        String origin = site.getScheme() + "://" + site.getRawAuthority();
        JsonObject realm;
        try {
            Path file = Path.of(TestSettings.required("visitprep.it.root"), REALM_FILE);
            realm = Json.createReader(new StringReader(Files.readString(file).replace(PLACEHOLDER_SITE, origin)))
                    .readObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + REALM_FILE, e);
        }
        JsonObject client = realm.getJsonArray("clients").getJsonObject(0);
        var withSecret = Json.createObjectBuilder(client).add("secret", clientSecret);
        JsonObjectBuilder imported = Json.createObjectBuilder(realm)
                .add("clients", Json.createArrayBuilder().add(withSecret))
                .add("users", Json.createArrayBuilder(users));
        String token = Json.createReader(new StringReader(post(
                        baseUrl().resolve("realms/master/protocol/openid-connect/token"),
                        "application/x-www-form-urlencoded",
                        form(Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "bootstrap-admin",
                                "password", adminPassword)),
                        null,
                        200)))
                .readObject()
                .getString("access_token");
        post(
                baseUrl().resolve("admin/realms"),
                "application/json",
                imported.build().toString(),
                token,
                201);
    }

    /** Posts and returns the body, failing loudly on another status than {@code expected}. */
    public static String post(URI url, String type, String body, String bearer, int expected) {
        var request = HttpRequest.newBuilder(url)
                .header("Content-Type", type)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try (var http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException(
                        url + " answered " + answer.statusCode() + " (expected " + expected + "): " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The portal client's endpoint that a sign-in starts at. */
    public URI realmUrl() {
        return baseUrl().resolve("realms/visitprep/");
    }

    @Override
    public void close() {
        process.close();
    }
}

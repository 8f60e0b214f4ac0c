package org.visitprep.administration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.visitprep.administration.IdentityProviderProblem.Reason;

/**
 * Our typed client of Keycloak's Admin REST API, for the few calls the portal makes (the clinicians' group, creating a
 * user, the "set your password" e-mail, enabling and disabling, ending sessions). It signs in as the confidential
 * service-account client {@code visitprep-admin} (client credentials), whose realm-management roles are only
 * {@code view-users}, {@code query-users}, {@code query-groups} and {@code manage-users}.
 *
 * <p>Not {@code keycloak-admin-client}: its RESTEasy client clashes with Payara's Jersey (keycloak/keycloak-client
 * #183). Tokens are never logged; a failure is logged by status only.
 */
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** The group whose members are the realm's clinicians (it maps the realm role {@code clinician}). */
    static final String CLINICIANS_GROUP = "clinicians";

    private final URI realmUrl;
    private final URI adminUrl;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String accessToken;
    private Instant accessTokenExpires = Instant.MIN;

    /**
     * @param realmUrl the realm's issuer URL, {@code http(s)://host/realms/<realm>}
     */
    public KeycloakAdmin(URI realmUrl, String clientId, String clientSecret, Clock clock) {
        String realm = realmUrl.toString().replaceAll("/+$", "");
        int at = realm.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("The identity provider's address does not name a Keycloak realm");
        }
        this.realmUrl = URI.create(realm + "/");
        this.adminUrl = URI.create(realm.substring(0, at) + "/admin" + realm.substring(at) + "/");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The members of the clinicians' group, by last name. */
    public List<ClinicianAccount> clinicians() {
        String group = cliniciansGroupId();
        JsonArray members = array(send(get("groups/" + group + "/members?briefRepresentation=false&max=1000"), 200));
        var clinicians = new ArrayList<ClinicianAccount>();
        for (JsonValue member : members) {
            clinicians.add(account(member.asJsonObject()));
        }
        return clinicians;
    }

    public Optional<ClinicianAccount> clinician(String id) {
        requireId(id);
        for (var clinician : clinicians()) {
            if (clinician.id().equals(id)) {
                return Optional.of(clinician);
            }
        }
        return Optional.empty();
    }

    /** Creates the user (enabled, no password) in the clinicians' group and returns their id. */
    public String create(Invitation invitation) {
        String body = Json.createObjectBuilder()
                .add("username", invitation.username())
                .add("firstName", invitation.firstName())
                .add("lastName", invitation.lastName())
                .add("email", invitation.email())
                .add("emailVerified", true)
                .add("enabled", true)
                .build()
                .toString();
        HttpResponse<String> answer = call(request("users")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build());
        if (answer.statusCode() == 409) {
            throw new IdentityProviderProblem(Reason.TAKEN, "user name or e-mail taken");
        }
        expect(answer, 201);
        String location = answer.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IdentityProviderProblem(Reason.UNAVAILABLE, "no Location for the new user"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        send(
                request("users/" + id + "/groups/" + cliniciansGroupId())
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                204);
        return id;
    }

    /**
     * Has Keycloak send the user its own e-mail asking them to set a password; its link ends on {@code redirectUri}
     * of the portal's client.
     */
    public void sendSetPasswordEmail(String id, String portalClientId, URI redirectUri, Duration lifespan) {
        requireId(id);
        String query = "client_id=" + encoded(portalClientId) + "&redirect_uri=" + encoded(redirectUri.toString())
                + "&lifespan=" + lifespan.toSeconds();
        HttpResponse<String> answer = call(request("users/" + id + "/execute-actions-email?" + query)
                .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\"]"))
                .header("Content-Type", "application/json")
                .build());
        if (answer.statusCode() == 500 || answer.statusCode() == 400) {
            LOG.warning(() -> "Keycloak did not send the set-password e-mail: HTTP " + answer.statusCode());
            throw new IdentityProviderProblem(Reason.MAIL_NOT_SENT, "HTTP " + answer.statusCode());
        }
        expect(answer, 204);
    }

    /** Lets the user sign in, or not; disabling also ends their sessions at Keycloak. */
    public void setEnabled(String id, boolean enabled) {
        requireId(id);
        String body = Json.createObjectBuilder().add("enabled", enabled).build().toString();
        HttpResponse<String> answer = call(request("users/" + id)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build());
        if (answer.statusCode() == 404) {
            throw new IdentityProviderProblem(Reason.NOT_FOUND, "no such user");
        }
        expect(answer, 204);
        if (!enabled) {
            send(
                    request("users/" + id + "/logout")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    204);
        }
    }

    /** Changes the user's names and e-mail address. */
    public void update(String id, String firstName, String lastName, String email) {
        requireId(id);
        String body = Json.createObjectBuilder()
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("email", email)
                .build()
                .toString();
        HttpResponse<String> answer = call(request("users/" + id)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build());
        if (answer.statusCode() == 409) {
            throw new IdentityProviderProblem(Reason.TAKEN, "e-mail taken");
        }
        if (answer.statusCode() == 404) {
            throw new IdentityProviderProblem(Reason.NOT_FOUND, "no such user");
        }
        expect(answer, 204);
    }

    private String cliniciansGroupId() {
        JsonArray groups =
                array(send(get("groups?search=" + CLINICIANS_GROUP + "&exact=true&briefRepresentation=true"), 200));
        for (JsonValue group : groups) {
            JsonObject found = group.asJsonObject();
            if (CLINICIANS_GROUP.equals(found.getString("name", null))) {
                return found.getString("id");
            }
        }
        throw new IdentityProviderProblem(Reason.UNAVAILABLE, "the realm has no group '" + CLINICIANS_GROUP + "'");
    }

    private static ClinicianAccount account(JsonObject user) {
        return new ClinicianAccount(
                user.getString("id"),
                user.getString("username", ""),
                user.getString("firstName", ""),
                user.getString("lastName", ""),
                user.getString("email", ""),
                user.getBoolean("enabled", false));
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(adminUrl.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token());
    }

    private String send(HttpRequest request, int expected) {
        HttpResponse<String> answer = call(request);
        if (answer.statusCode() == 404) {
            throw new IdentityProviderProblem(Reason.NOT_FOUND, "HTTP 404");
        }
        expect(answer, expected);
        return answer.body();
    }

    private static void expect(HttpResponse<String> answer, int expected) {
        if (answer.statusCode() != expected) {
            LOG.warning(() -> "Keycloak's admin API answered HTTP " + answer.statusCode() + " to "
                    + answer.request().method() + " " + answer.request().uri().getPath());
            throw new IdentityProviderProblem(Reason.UNAVAILABLE, "HTTP " + answer.statusCode());
        }
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new IdentityProviderProblem(
                    Reason.UNAVAILABLE, unreachable.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderProblem(Reason.UNAVAILABLE, "interrupted");
        }
    }

    /** A token of the service account, kept until shortly before it expires. */
    private synchronized String token() {
        Instant now = clock.instant();
        if (accessToken != null && now.isBefore(accessTokenExpires)) {
            return accessToken;
        }
        String credentials = Base64.getEncoder()
                .encodeToString((encoded(clientId) + ":" + encoded(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(realmUrl.resolve("protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> answer = call(request);
        if (answer.statusCode() != 200) {
            LOG.warning(() -> "Keycloak refused the service account " + clientId + ": HTTP " + answer.statusCode());
            throw new IdentityProviderProblem(Reason.UNAVAILABLE, "token HTTP " + answer.statusCode());
        }
        JsonObject token = Json.createReader(new StringReader(answer.body())).readObject();
        accessToken = token.getString("access_token");
        accessTokenExpires = now.plusSeconds(Math.max(0, token.getInt("expires_in", 60) - 30));
        return accessToken;
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    /** Keycloak's ids are UUIDs; anything else never reaches a URL. */
    private static void requireId(String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            throw new IdentityProviderProblem(Reason.NOT_FOUND, "not an id");
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.visitprep.web.it.smart;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visitprep.web.it.stack.VisitPrepStack;

/**
 * An EHR launch played over plain HTTP (a cookie jar of its own, no redirects followed) up to the moment the EHR
 * sends the browser back to the portal: the authorization code and state are caught there, as an attacker who saw
 * the redirect would have them, and the portal's callback has not been called.
 *
 * @param code the authorization code the EHR issued
 * @param state the state of the launch the portal started in this client's session
 * @param redirectUri the portal's callback the code was issued for
 */
public record InterceptedLaunch(String code, String state, URI redirectUri) {

    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");

    /** Runs an EHR launch for the practitioner and patient up to the callback the EHR redirects to. */
    public static InterceptedLaunch of(String practitionerId, String ehrPatientId)
            throws IOException, InterruptedException {
        var ehr = VisitPrepStack.current().ehr();
        var portal = VisitPrepStack.current().portal();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> launchPage = http.send(
                form(ehr.url("launch"), Map.of("practitioner", practitionerId, "patient", ehrPatientId)),
                HttpResponse.BodyHandlers.ofString());
        String launchId = query(ehr.url("launch").resolve(location(launchPage))).get("id");

        HttpResponse<String> started = http.send(
                HttpRequest.newBuilder(
                                portal.url("smart/launch?iss=" + encode(ehr.iss()) + "&launch=" + encode(launchId)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        URI authorize = URI.create(location(started));

        HttpResponse<String> consent =
                http.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher requestId = REQUEST_ID.matcher(consent.body());
        if (!requestId.find()) {
            throw new IllegalStateException("No consent form at the EHR (" + consent.statusCode() + ")");
        }
        HttpResponse<String> decided = http.send(
                form(ehr.url("auth/decision"), Map.of("request_id", requestId.group(1), "decision", "allow")),
                HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(location(decided));
        Map<String, String> parameters = query(callback);
        URI redirectUri = URI.create(callback.toString().replaceFirst("\\?.*", ""));
        return new InterceptedLaunch(parameters.get("code"), parameters.get("state"), redirectUri);
    }

    /**
     * Exchanges the code at the EHR's token endpoint as the portal's client would, but without a PKCE code verifier.
     *
     * @return the EHR's answer: its status and body
     */
    public HttpResponse<String> exchangeWithoutVerifier() throws IOException, InterruptedException {
        var ehr = VisitPrepStack.current().ehr();
        String credentials = Base64.getEncoder()
                .encodeToString(
                        "visitprep-portal:dev-only-demo-secret-visitprep-portal".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(ehr.url("auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of(
                        "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri.toString()))))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest form(URI url, Map<String, String> fields) {
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))
                .build();
    }

    private static String formBody(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(name)).append('=').append(encode(value));
        });
        return body.toString();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(
                        "No redirect from " + response.uri() + " (" + response.statusCode() + ")"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        String query = uri.getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(
                        java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "InterceptedLaunch[to " + redirectUri + "]";
    }
}

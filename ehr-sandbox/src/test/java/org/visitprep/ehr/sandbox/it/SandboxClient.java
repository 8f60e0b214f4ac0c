package org.visitprep.ehr.sandbox.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.visitprep.ehr.sandbox.testing.TestEhr;

/** Speaks HTTP to the sandbox as the portal and its browser would, without following redirects. */
final class SandboxClient {

    static final String CLIENT_ID = "visitprep-portal";
    static final String SECRET = "dev-only-demo-secret-visitprep-portal";
    static final String REDIRECT_URI = TestEhr.portalUrl() + "/smart/callback";
    static final String VERIFIER = "integration-test-verifier-of-at-least-43-characters-0123";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
    }

    HttpResponse<String> get(String pathOrUrl, String accessToken) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/fhir+json")
                .GET()
                .build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String basicAuthorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)));
        if (basicAuthorization != null) {
            request.header("Authorization", basicAuthorization);
        }
        return send(request.build());
    }

    static String portalBasic() {
        return "Basic "
                + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    /** The authorize URL the portal would send the browser to. */
    static String authorizeUrl(String scope, String launch) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", CLIENT_ID);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("scope", scope);
        query.put("state", "it-state");
        query.put("aud", TestEhr.baseUrl() + "/fhir");
        query.put("code_challenge", s256(VERIFIER));
        query.put("code_challenge_method", "S256");
        if (launch != null) {
            query.put("launch", launch);
        }
        return "/auth/authorize?" + formEncoded(query);
    }

    /** The request id the consent page carries in its form. */
    static String requestIdIn(String consentPage) {
        Matcher id = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"").matcher(consentPage);
        if (!id.find()) {
            throw new AssertionError("The consent page has no request_id");
        }
        return id.group(1);
    }

    static Map<String, String> queryOf(String location) {
        String query = URI.create(location).getRawQuery();
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : TestEhr.baseUrl() + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}

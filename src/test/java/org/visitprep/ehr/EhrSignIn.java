package org.visitprep.ehr;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The person at the test EHR, as their browser would act: opens the authorize page the portal redirected to, answers
 * the sign-in and consent form, and reads where the EHR sends the browser back, without ever following into the
 * portal. Also starts an EHR launch from the EHR page, as a practitioner would.
 */
public final class EhrSignIn {

    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A practitioner opens VisitPrep for the patient from the EHR page: answers the launch id. */
    public String launchFromEhr(String practitioner, String patientId, boolean newEncounter) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("practitioner", practitioner);
        form.put("patient", patientId);
        if (newEncounter) {
            form.put("new_encounter", "yes");
        }
        HttpResponse<String> launched = post(URI.create(EhrSandbox.baseUrl() + "/launch"), form);
        String location = location(launched);
        return queryOf(URI.create(EhrSandbox.baseUrl() + "/").resolve(location)).get("id");
    }

    /** Signs in at the authorize page as the patient (or picks the patient, in a practitioner's launch), allows. */
    public Map<String, String> allow(URI authorizeUrl, String patientId) {
        return decide(authorizeUrl, patientId, "allow");
    }

    /** Allows an EHR launch: the EHR already knows who signed in and which patient is open. */
    public Map<String, String> allowEhrLaunch(URI authorizeUrl) {
        return decide(authorizeUrl, null, "allow");
    }

    public Map<String, String> deny(URI authorizeUrl, String patientId) {
        return decide(authorizeUrl, patientId, "deny");
    }

    private Map<String, String> decide(URI authorizeUrl, String patientId, String decision) {
        HttpResponse<String> consentPage = get(authorizeUrl);
        if (consentPage.statusCode() != 200) {
            throw new AssertionError("The authorize page answered " + consentPage.statusCode() + ": "
                    + consentPage.headers().firstValue("Location").orElse(consentPage.body()));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request_id", hiddenRequestId(consentPage.body()));
        if (patientId != null) {
            form.put("patient", patientId);
        }
        form.put("decision", decision);
        HttpResponse<String> answered = post(authorizeUrl.resolve("decision"), form);
        URI back = URI.create(location(answered));
        if (!back.toString().startsWith(EhrSandbox.REDIRECT_URI.toString())) {
            throw new AssertionError("The EHR sent the browser elsewhere than the portal's callback: " + back);
        }
        return queryOf(back);
    }

    private static String hiddenRequestId(String page) {
        Matcher id = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"").matcher(page);
        if (!id.find()) {
            throw new AssertionError("The consent page has no request_id");
        }
        return id.group(1);
    }

    private static String location(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new AssertionError("Expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("The EHR did not answer " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}

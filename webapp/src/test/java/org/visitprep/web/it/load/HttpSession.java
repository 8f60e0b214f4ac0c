package org.visitprep.web.it.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser session as a plain HTTP client: its own cookies (per host and port, sent over plain http to
 * this machine whatever their Secure flag, as a browser does for localhost), redirects followed by hand so each hop
 * keeps its cookies. Signs in through Keycloak's real sign-in form. Many sessions share one {@link HttpClient}.
 */
final class HttpSession {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern LOGIN_FORM_ACTION_FIRST =
            Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"", Pattern.DOTALL);
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

    HttpSession(HttpClient client) {
        this.client = client;
    }

    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** An answer: its status, final address and body. */
    record Answer(int status, URI uri, String body) {}

    /**
     * Opens the portal address, signs in on Keycloak's form with the user's name and password, and answers the page
     * the portal then shows (the address asked for).
     */
    Answer signIn(URI portalPage, String username, String password) throws IOException, InterruptedException {
        Answer login = get(portalPage);
        Matcher form = LOGIN_FORM.matcher(login.body());
        Matcher other = LOGIN_FORM_ACTION_FIRST.matcher(login.body());
        String action;
        if (form.find()) {
            action = form.group(1);
        } else if (other.find()) {
            action = other.group(1);
        } else {
            throw new IllegalStateException("No Keycloak sign-in form at " + login.uri() + " (" + login.status() + ")");
        }
        URI target = login.uri().resolve(action.replace("&amp;", "&"));
        Answer signedIn =
                post(target, Map.of("username", username, "password", password, "credentialId", ""), Map.of());
        if (signedIn.status() != 200 || !signedIn.uri().getPath().equals(portalPage.getPath())) {
            throw new IllegalStateException(
                    "Sign-in of " + username + " ended at " + signedIn.uri() + " with " + signedIn.status());
        }
        return signedIn;
    }

    /** GETs the address, following redirects. */
    Answer get(URI uri) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(uri).GET(), uri, 0);
    }

    /** POSTs a form, following the redirects that answer it. */
    Answer post(URI uri, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return follow(request, uri, 0);
    }

    private Answer follow(HttpRequest.Builder request, URI uri, int hops) throws IOException, InterruptedException {
        if (hops > 10) {
            throw new IOException("Too many redirects at " + uri);
        }
        String cookieHeader = cookieHeaderFor(uri);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        HttpResponse<String> response =
                client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(uri, response.headers().allValues("set-cookie"));
        int status = response.statusCode();
        if (status == 301 || status == 302 || status == 303 || status == 307) {
            URI next = uri.resolve(response.headers().firstValue("location").orElseThrow());
            return follow(HttpRequest.newBuilder(next).GET(), next, hops + 1);
        }
        return new Answer(status, uri, response.body());
    }

    private static String origin(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private String cookieHeaderFor(URI uri) {
        Map<String, String> jar = cookies.get(origin(uri));
        if (jar == null) {
            return "";
        }
        return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private void keepCookies(URI uri, List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            Map<String, String> jar = cookies.computeIfAbsent(origin(uri), key -> new LinkedHashMap<>());
            synchronized (jar) {
                boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                if (expired || value.isEmpty()) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
        }
    }

    /** The Faces view state of a page, for its AJAX requests. */
    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No Faces view state on the page");
        }
        return matcher.group(1).replace("&amp;", "&");
    }
}

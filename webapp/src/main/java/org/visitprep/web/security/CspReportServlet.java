package org.visitprep.web.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Receives the browsers' Content-Security-Policy violation reports ({@code report-uri}) and logs each as one line:
 * the directive, the page's path and what was blocked as a path or a keyword (inline, eval). Query strings, fragments
 * and the report's code sample are never logged: they may carry health data or a record's text. Anyone may post
 * here (browsers send no cookie-bound token), so the body is capped and nothing is stored.
 */
@WebServlet(ContentSecurityPolicy.REPORT_PATH)
public class CspReportServlet extends HttpServlet {

    static final String LOGGER = "org.visitprep.web.security.CspReport";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final int LARGEST_REPORT = 16 * 1024;
    private static final int LONGEST_FIELD = 120;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(LARGEST_REPORT + 1);
        }
        if (body.length <= LARGEST_REPORT) {
            describe(new String(body, StandardCharsets.UTF_8)).ifPresent(line -> LOG.warning(line));
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The report as a log line, or empty when it is not a CSP report. */
    static java.util.Optional<String> describe(String body) {
        JsonObject report;
        try {
            JsonValue parsed = Json.createReader(new StringReader(body)).readValue();
            if (!(parsed instanceof JsonObject object) || !(object.get("csp-report") instanceof JsonObject inner)) {
                return java.util.Optional.empty();
            }
            report = inner;
        } catch (JsonException | IllegalStateException notJson) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("CSP violation: directive " + field(report, "effective-directive")
                + ", page " + pathOf(report.getString("document-uri", "")) + ", blocked "
                + pathOf(report.getString("blocked-uri", "")));
    }

    private static String field(JsonObject report, String name) {
        return clean(report.getString(name, report.getString("violated-directive", "?")));
    }

    /** A URL's path only (no query, no fragment); keywords such as {@code inline} or {@code eval} as they are. */
    static String pathOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getRawPath() == null) {
                return clean(uri.getSchemeSpecificPart() == null ? url : uri.getSchemeSpecificPart());
            }
            return clean(uri.getScheme() + "://" + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority())
                    + uri.getRawPath());
        } catch (IllegalArgumentException notAUrl) {
            return clean(url.replaceAll("[?#].*", ""));
        }
    }

    private static String clean(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ")
                .replaceAll("[?#].*", "")
                .strip();
        return oneLine.length() <= LONGEST_FIELD ? oneLine : oneLine.substring(0, LONGEST_FIELD) + "…";
    }
}

package org.visitprep.summary.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;
import org.visitprep.summary.SummaryDrafting;

/**
 * The language model engine's settings, from MicroProfile Config (as environment variables
 * {@code VISITPREP_AI_ENABLED} and so on):
 * <ul>
 *   <li>{@value #ENABLED}: whether summaries are asked of the model at all; default false (grounded engine only);</li>
 *   <li>{@value #BASE_URL}: the OpenAI-compatible endpoint's base URL, up to and including {@code /v1}; https, or
 *       http only to a server on this machine (refused otherwise);</li>
 *   <li>{@value #MODEL}: the model name the endpoint knows;</li>
 *   <li>{@value #API_KEY}: the API key, if the endpoint wants one; never printed;</li>
 *   <li>{@value #TIMEOUT}: how long one call may take, ISO-8601 ({@code PT20S}) or seconds ({@code 20}); default
 *       20 seconds.</li>
 * </ul>
 */
public record AiSettings(boolean enabled, String baseUrl, String model, String apiKey, Duration timeout)
        implements SummaryDrafting.ModelChoice {

    public static final String ENABLED = "visitprep.ai.enabled";
    public static final String BASE_URL = "visitprep.ai.base-url";
    public static final String MODEL = "visitprep.ai.model";
    public static final String API_KEY = "visitprep.ai.api-key";
    public static final String TIMEOUT = "visitprep.ai.timeout";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** Sent when the endpoint needs no key (a local vLLM, llama.cpp or Ollama server): the client wants one. */
    static final String NO_KEY = "no-key";

    public AiSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(TIMEOUT + " must be a positive duration");
        }
        baseUrl = blankToNull(baseUrl);
        model = blankToNull(model);
        apiKey = blankToNull(apiKey);
        if (baseUrl != null) {
            requireSafeAddress(baseUrl);
        }
    }

    /**
     * The facts of a record may only travel to the model encrypted: over https, or over http to a server on this
     * machine (a loopback address). Anything else is refused when the application starts.
     */
    private static void requireSafeAddress(String baseUrl) {
        URI address;
        try {
            address = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(BASE_URL + " (VISITPREP_AI_BASE_URL) is not an address: '" + baseUrl
                    + "'. Give the endpoint's base URL up to /v1, such as https://api.example.org/v1.");
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (address.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(BASE_URL + " (VISITPREP_AI_BASE_URL) must be an http or https address"
                    + " with a host, such as https://api.example.org/v1; it is '" + baseUrl + "'.");
        }
        if (scheme.equals("http") && !isLoopback(address.getHost())) {
            throw new IllegalArgumentException(BASE_URL + " (VISITPREP_AI_BASE_URL) is " + baseUrl + ": the facts of a"
                    + " patient's record may travel to a language model only over https, unless the model runs on this"
                    + " machine (localhost, 127.0.0.1 or ::1). Use an https address, or a server on this machine.");
        }
    }

    /** Whether the host is this machine by name or literal address; host names are never resolved. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost")
                || name.endsWith(".localhost")
                || name.matches("127(?:\\.[0-9]{1,3}){3}")
                || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1");
    }

    public static AiSettings disabled() {
        return new AiSettings(false, null, null, null, DEFAULT_TIMEOUT);
    }

    public static AiSettings from(Config config) {
        return new AiSettings(
                config.getOptionalValue(ENABLED, Boolean.class).orElse(false),
                config.getOptionalValue(BASE_URL, String.class).orElse(null),
                config.getOptionalValue(MODEL, String.class).orElse(null),
                config.getOptionalValue(API_KEY, String.class).orElse(null),
                config.getOptionalValue(TIMEOUT, String.class)
                        .map(AiSettings::durationOf)
                        .orElse(DEFAULT_TIMEOUT));
    }

    /** Whether there is an endpoint and a model to call. */
    @Override
    public boolean isConfigured() {
        return baseUrl != null && model != null;
    }

    String keyToSend() {
        return apiKey == null ? NO_KEY : apiKey;
    }

    static Duration durationOf(String text) {
        String value = text.strip();
        try {
            if (value.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            if (value.matches("\\d+ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.matches("\\d+s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    TIMEOUT + " must be a duration such as PT20S, 20s, 500ms or 20" + " (seconds), not '" + value + "'",
                    e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "AiSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null ? "none" : "***") + ", timeout=" + timeout + "]";
    }
}

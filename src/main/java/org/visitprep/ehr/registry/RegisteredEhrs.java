package org.visitprep.ehr.registry;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The EHRs the portal is registered with, found by {@code iss}: the exact FHIR base URL, a trailing slash aside.
 *
 * <p>Configuration: {@code visitprep.ehr.keys} lists the EHRs' keys (comma-separated); for each key,
 * {@code visitprep.ehr.<key>.iss}, {@code .client-id}, {@code .client-secret}, {@code .name}, {@code .organization}
 * and {@code .origin}. Environment variables work as usual, e.g. {@code VISITPREP_EHR_SANDBOX_ISS}.
 */
public final class RegisteredEhrs {

    static final String PREFIX = "visitprep.ehr.";
    public static final String KEYS = PREFIX + "keys";

    private final Map<String, RegisteredEhr> byIss = new LinkedHashMap<>();

    private RegisteredEhrs(List<RegisteredEhr> ehrs) {
        for (RegisteredEhr ehr : ehrs) {
            if (byIss.putIfAbsent(ehr.iss(), ehr) != null) {
                throw new IllegalArgumentException("Two registered EHRs have the iss " + ehr.iss());
            }
        }
    }

    public static RegisteredEhrs of(List<RegisteredEhr> ehrs) {
        return new RegisteredEhrs(ehrs);
    }

    public static RegisteredEhrs from(Config config) {
        return fromSettings(name -> config.getOptionalValue(name, String.class));
    }

    /** From settings looked up by name, e.g. a map's {@code get} in tests. */
    public static RegisteredEhrs fromSettings(Function<String, Optional<String>> settings) {
        String keys = settings.apply(KEYS).orElse("");
        List<RegisteredEhr> ehrs = Arrays.stream(keys.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .map(key -> {
                    Function<String, String> setting = property ->
                            settings.apply(PREFIX + key + "." + property).orElse(null);
                    return new RegisteredEhr(
                            key,
                            setting.apply("iss"),
                            setting.apply("client-id"),
                            setting.apply("client-secret"),
                            setting.apply("name"),
                            setting.apply("organization"),
                            setting.apply("origin"));
                })
                .toList();
        return new RegisteredEhrs(ehrs);
    }

    /** The EHR whose FHIR base URL is {@code iss}; empty for any other value, including null. */
    public Optional<RegisteredEhr> byIss(String iss) {
        if (iss == null || iss.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(byIss.get(normalizedIss(iss)));
        } catch (IllegalArgumentException notAnEhrAddress) {
            return Optional.empty();
        }
    }

    public List<RegisteredEhr> all() {
        return List.copyOf(byIss.values());
    }

    /**
     * The {@code iss} as the registry compares it: stripped and without trailing slashes; nothing else changes (no
     * case folding, no default port), so a look-alike address never matches.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public static String normalizedIss(String iss) {
        String normalized = iss.strip();
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(normalized);
        } catch (IllegalArgumentException notAUri) {
            throw new IllegalArgumentException("An EHR's iss must be its FHIR base URL");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("An EHR's iss must be its http(s) FHIR base URL");
        }
        return normalized;
    }
}

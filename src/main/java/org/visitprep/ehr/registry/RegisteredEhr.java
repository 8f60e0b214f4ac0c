package org.visitprep.ehr.registry;

import java.net.URI;
import java.util.Objects;

/**
 * An EHR the portal is registered with as a SMART client.
 *
 * @param key the name of its configuration, e.g. {@code sandbox} for {@code visitprep.ehr.sandbox.*}
 * @param iss its FHIR base URL, without a trailing slash: the {@code iss} of its launches and its tokens' issuer
 * @param clientId the portal's client id there
 * @param clientSecret the portal's client secret there; never printed
 * @param name its name for people, e.g. "Sandbox General Hospital"
 * @param organization the EHR's organization, with whom patients share summaries
 * @param origin the origin allowed to show the portal in a frame (Content-Security-Policy frame-ancestors)
 */
public record RegisteredEhr(
        String key, String iss, String clientId, String clientSecret, String name, String organization, String origin) {

    public RegisteredEhr {
        Objects.requireNonNull(key, "key");
        iss = RegisteredEhrs.normalizedIss(required(iss, key, "iss"));
        clientId = required(clientId, key, "client-id");
        clientSecret = required(clientSecret, key, "client-secret");
        name = name == null || name.isBlank() ? iss : name.strip();
        organization = organization == null ? "" : organization.strip();
        origin = origin == null || origin.isBlank() ? originOf(iss) : origin.strip();
    }

    /** The FHIR base URL as a URI, for HTTP calls and the {@code aud} parameter. */
    public URI fhirBaseUrl() {
        return URI.create(iss);
    }

    @Override
    public String toString() {
        return "RegisteredEhr[" + key + ", " + iss + ", client " + clientId + "]";
    }

    private static String required(String value, String key, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "The registered EHR '" + key + "' needs " + RegisteredEhrs.PREFIX + key + "." + property);
        }
        return value.strip();
    }

    private static String originOf(String iss) {
        URI uri = URI.create(iss);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}

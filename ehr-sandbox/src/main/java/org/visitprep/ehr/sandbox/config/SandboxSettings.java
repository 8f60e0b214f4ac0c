package org.visitprep.ehr.sandbox.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Everything the sandbox can be told from outside.
 *
 * @param baseUrl the public address of the sandbox, e.g. {@code http://localhost:8280}
 * @param patientsDirectory the folder of Synthea bundles to serve, if any
 * @param portalUrl the VisitPrep portal the EHR page launches
 * @param portalClient the portal's client registration
 * @param signingKeyFile where the id_token signing key is kept; empty to make a new one at every start
 * @param lifetimes how long codes, tokens and launches stay valid
 */
public record SandboxSettings(
        String baseUrl,
        Optional<Path> patientsDirectory,
        String portalUrl,
        ClientSettings portalClient,
        Optional<Path> signingKeyFile,
        Lifetimes lifetimes) {

    /** The FHIR base URL: the {@code aud} clients must ask for, and the issuer of every id_token. */
    public String fhirBaseUrl() {
        return baseUrl + "/fhir";
    }

    /**
     * A client registered with the authorization server.
     *
     * @param clientId the OAuth client id
     * @param secret the client secret, or empty for a public client
     * @param redirectUris the redirect URIs it may use, compared exactly
     */
    public record ClientSettings(String clientId, Optional<String> secret, List<String> redirectUris) {}

    /** How long each kind of credential stays valid. */
    public record Lifetimes(Duration authorizationCode, Duration accessToken, Duration refreshToken, Duration launch) {

        public static Lifetimes standard() {
            return new Lifetimes(
                    Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofHours(24), Duration.ofMinutes(10));
        }
    }

    /** Reads the settings from MicroProfile Config; defaults sit in {@code META-INF/microprofile-config.properties}. */
    public static SandboxSettings fromMicroProfileConfig() {
        Config config = ConfigProvider.getConfig();
        return new SandboxSettings(
                withoutTrailingSlash(config.getValue("ehr.base.url", String.class)),
                nonBlank(config, "ehr.patients.dir").map(Path::of),
                withoutTrailingSlash(config.getValue("ehr.portal.url", String.class)),
                new ClientSettings(
                        config.getValue("ehr.portal.client.id", String.class),
                        nonBlank(config, "ehr.portal.client.secret"),
                        Arrays.stream(config.getValue("ehr.portal.client.redirect-uris", String[].class))
                                .map(String::strip)
                                .toList()),
                nonBlank(config, "ehr.signing.key.file").map(Path::of),
                new Lifetimes(
                        seconds(config, "ehr.authorization-code.lifetime-seconds"),
                        seconds(config, "ehr.access-token.lifetime-seconds"),
                        seconds(config, "ehr.refresh-token.lifetime-seconds"),
                        seconds(config, "ehr.launch.lifetime-seconds")));
    }

    private static Optional<String> nonBlank(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Duration seconds(Config config, String name) {
        return Duration.ofSeconds(config.getValue(name, Long.class));
    }

    private static String withoutTrailingSlash(String url) {
        String checked = URI.create(url.strip()).toString();
        return checked.endsWith("/") ? checked.substring(0, checked.length() - 1) : checked;
    }
}

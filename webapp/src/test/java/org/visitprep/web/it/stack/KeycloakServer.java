package org.visitprep.web.it.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visitprep.ehr.sandbox.testing.ManagedProcess;

/**
 * The real Keycloak with VisitPrep's development realm. The test command starts one before Maven so that every
 * module's tests share it; run from an IDE, the tests start their own.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "visitprep";

    /** The portal's port in the test settings by default, which the development realm lists. */
    private static final int DEFAULT_PORTAL_PORT = 18080;

    private final int port;
    private final Optional<ManagedProcess> process;

    private KeycloakServer(int port, Optional<ManagedProcess> process) {
        this.port = port;
        this.process = process;
    }

    /** The Keycloak on the test port: the one already running, or a new one. */
    public static KeycloakServer ensureRunning() {
        int port = TestSettings.port("keycloak");
        var server = new KeycloakServer(port, Optional.empty());
        if (ManagedProcess.answersOk(server.discoveryDocument())) {
            return server;
        }
        Path home = TestSettings.existingPath("visitprep.it.keycloak.home", "the build's initialize phase unpacks it");
        Path realm = Path.of(TestSettings.required("visitprep.it.root"), "config", "keycloak", "visitprep-realm.json");
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(
                    imports.resolve(realm.getFileName()),
                    allowingPortal(Files.readString(realm), TestSettings.port("portal")));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot hand the realm to Keycloak", e);
        }
        var process = ManagedProcess.start(
                "Keycloak",
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--import-realm",
                        "--db=dev-mem"),
                Map.of("JAVA_HOME", System.getProperty("java.home")),
                TestSettings.workFolder().resolve("keycloak.log"));
        var started = new KeycloakServer(port, Optional.of(process));
        process.awaitOk(started.discoveryDocument(), Duration.ofMinutes(4));
        return started;
    }

    /**
     * The realm, with the portal's test port among the places its client may return to: the realm lists the default
     * test port (18080), and a run on other ports (several worktrees on one machine) adds its own beside it.
     */
    static String allowingPortal(String realm, int portalPort) {
        String listed = "http://localhost:" + DEFAULT_PORTAL_PORT;
        if (!realm.contains("\"" + listed + "/*\"")) {
            throw new IllegalStateException("The development realm no longer lets the portal at " + listed
                    + " sign in; the tests cannot tell where to add port " + portalPort);
        }
        if (portalPort == DEFAULT_PORTAL_PORT) {
            return realm;
        }
        String added = "http://localhost:" + portalPort;
        return realm.replace("\"" + listed + "/*\"", "\"" + listed + "/*\", \"" + added + "/*\"")
                .replace("\"" + listed + "\"", "\"" + listed + "\", \"" + added + "\"")
                .replace(listed + "/*##", listed + "/*##" + added + "/*##");
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The issuer URL of the realm, as the portal is configured with it. */
    public URI realmUrl() {
        return baseUrl().resolve("realms/" + REALM);
    }

    URI discoveryDocument() {
        return baseUrl().resolve("realms/" + REALM + "/.well-known/openid-configuration");
    }

    @Override
    public void close() {
        process.ifPresent(ManagedProcess::close);
    }
}

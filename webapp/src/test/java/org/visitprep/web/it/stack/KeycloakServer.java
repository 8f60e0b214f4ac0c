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
            Files.writeString(imports.resolve(realm.getFileName()), withTestPorts(Files.readString(realm)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot hand the realm to Keycloak", e);
        }
        var process = startDev("Keycloak", port, List.of("--import-realm"), Map.of(), "keycloak.log");
        var started = new KeycloakServer(port, Optional.of(process));
        process.awaitOk(started.discoveryDocument(), Duration.ofMinutes(4));
        return started;
    }

    /**
     * Starts the build's Keycloak in development mode on the port, with an in-memory database, these further
     * options and environment variables, logging to the work folder.
     */
    static ManagedProcess startDev(
            String name, int port, List<String> options, Map<String, String> environment, String logFile) {
        Path home = TestSettings.existingPath("visitprep.it.keycloak.home", "the build's initialize phase unpacks it");
        var command = new java.util.ArrayList<>(
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port, "--db=dev-mem"));
        command.addAll(options);
        var variables = new java.util.HashMap<>(environment);
        variables.put("JAVA_HOME", System.getProperty("java.home"));
        return ManagedProcess.start(
                name, command, variables, TestSettings.workFolder().resolve(logFile));
    }

    /**
     * The development realm with the portal's test ports in place of the default ones (18080, 18380), so that a run
     * on other ports (-Dit.portal.port=...) signs in too: the realm only lets the portal's own addresses back.
     */
    static String withTestPorts(String realm) {
        return realm.replace("http://localhost:18080", "http://localhost:" + TestSettings.port("portal"))
                .replace("http://localhost:18380", "http://localhost:" + TestSettings.port("server"));
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

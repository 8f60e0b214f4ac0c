package org.visitprep.web.it.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.visitprep.ehr.sandbox.testing.ManagedProcess;

/** Payara Micro serving the portal's WAR on the test port, with its own H2 database file. */
public final class PortalServer implements AutoCloseable {

    private final int port;
    private final ManagedProcess process;

    private PortalServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /** The demo patients' records, for the portal's demo loader and the test EHR alike. */
    public static Path demoPatients() {
        return DemoPatients.prepare(TestSettings.workFolder().resolve("demo-patients"));
    }

    /**
     * Starts the portal, registered as a SMART client with the test EHR ({@code VISITPREP_EHR_SANDBOX_*}), and waits
     * until it is ready.
     */
    public static PortalServer start(KeycloakServer keycloak, TestEhrAddress ehr, Path demoPatients) {
        int port = TestSettings.port("portal");
        requireFree(port);
        Path payaraMicro =
                TestSettings.existingPath("visitprep.it.payara-micro", "the build's initialize phase fetches it");
        Path war = TestSettings.existingPath("visitprep.it.war", "the package phase builds it");
        Path work = TestSettings.workFolder();
        var process = ManagedProcess.start(
                "Payara Micro",
                List.of(
                        TestSettings.javaExecutable().toString(),
                        "-jar",
                        payaraMicro.toString(),
                        "--nocluster",
                        "--disablephonehome",
                        "--port",
                        String.valueOf(port),
                        "--prebootcommandfile",
                        crossSiteEhrSettings().toString(),
                        "--deploy",
                        war + ":/"),
                Map.of(
                        "VISITPREP_PROFILE",
                        "dev",
                        // every session of a test longer than a minute asks Keycloak again for its roles
                        "VISITPREP_SESSION_ROLES_INTERVAL",
                        "PT1M",
                        "VISITPREP_DB_URL",
                        "jdbc:h2:file:" + work.resolve("db/visitprep-" + System.nanoTime()),
                        "VISITPREP_OIDC_PROVIDER_URI",
                        keycloak.realmUrl().toString(),
                        "VISITPREP_CRYPTO_DEV_KEY",
                        "true",
                        "VISITPREP_DEMO_PATIENTS_DIR",
                        demoPatients.toString(),
                        "VISITPREP_EHR_SANDBOX_ISS",
                        ehr.iss(),
                        "VISITPREP_EHR_SANDBOX_ORIGIN",
                        ehr.origin()),
                work.resolve("portal.log"));
        var server = new PortalServer(port, process);
        try {
            // generous: on two cores the test EHR boots beside it
            process.awaitOk(server.url("health/ready"), Duration.ofMinutes(8));
        } catch (RuntimeException notReady) {
            process.close();
            throw notReady;
        }
        return server;
    }

    /**
     * The settings of a portal framed by an EHR on another site (session cookie SameSite=None; Secure): the tests run
     * the portal as such a deployment would.
     */
    private static Path crossSiteEhrSettings() {
        Path root = TestSettings.existingPath("visitprep.it.root", "the parent pom sets it");
        Path settings = root.resolve("config/payara/cross-site-ehr.asadmin");
        if (!Files.isRegularFile(settings)) {
            throw new IllegalStateException("Missing " + settings);
        }
        return settings;
    }

    /**
     * Fails when another server holds the port: the tests would otherwise wait for its health and run against it.
     */
    private static void requireFree(int port) {
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            throw new IllegalStateException(
                    "Port " + port + " is in use, perhaps by another portal under test: free it,"
                            + " or choose another port the realm allows with -Dit.portal.port");
        }
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port + "/");
    }

    public URI url(String path) {
        return baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** What the server has logged so far. */
    public String log() {
        return process.logText();
    }

    @Override
    public void close() {
        process.close();
    }
}

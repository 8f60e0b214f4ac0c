package org.visitprep.ear;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.visitprep.ehr.sandbox.testing.ManagedProcess;
import org.visitprep.web.it.stack.TestSettings;

/**
 * A throw-away Payara Server domain with the VisitPrep EAR deployed: created in the build folder, started with the
 * portal's configuration in its environment, and stopped (and left behind for inspection) when closed.
 */
final class PayaraServer implements AutoCloseable {

    /** Payara gives the HTTP listener the port base plus 80 and the admin listener the base plus 48. */
    private static final int HTTP_OFFSET = 80;

    private static final int ADMIN_OFFSET = 48;
    private static final String DOMAIN = "visitprep-it";

    private final Path asadmin;
    private final Path domains;
    private final int httpPort;
    private final Map<String, String> environment;

    private PayaraServer(Path asadmin, Path domains, int httpPort, Map<String, String> environment) {
        this.asadmin = asadmin;
        this.domains = domains;
        this.httpPort = httpPort;
        this.environment = environment;
    }

    static PayaraServer deploy(Path ear, URI keycloakRealm) {
        Path home =
                TestSettings.existingPath("visitprep.it.payara-server", "the pre-integration-test phase unpacks it");
        Path work = TestSettings.workFolder();
        int httpPort = TestSettings.port("server");
        var server = new PayaraServer(
                home.resolve("bin/asadmin"),
                work.resolve("domains-" + System.nanoTime()),
                httpPort,
                Map.of(
                        "AS_JAVA",
                        System.getProperty("java.home"),
                        "JAVA_HOME",
                        System.getProperty("java.home"),
                        "VISITPREP_DB_URL",
                        "jdbc:h2:file:" + work.resolve("db/ear-" + System.nanoTime()),
                        "VISITPREP_OIDC_PROVIDER_URI",
                        keycloakRealm.toString(),
                        "VISITPREP_CRYPTO_DEV_KEY",
                        "true",
                        "VISITPREP_PROFILE",
                        "dev"));
        server.asadmin(
                "create-domain",
                "--nopassword",
                "--portbase",
                String.valueOf(httpPort - HTTP_OFFSET),
                "--domaindir",
                server.domains.toString(),
                DOMAIN);
        server.asadmin("start-domain", "--domaindir", server.domains.toString(), DOMAIN);
        try {
            server.asadmin("--port", String.valueOf(httpPort - HTTP_OFFSET + ADMIN_OFFSET), "deploy", ear.toString());
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    URI url(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    Path serverLog() {
        return domains.resolve(DOMAIN + "/logs/server.log");
    }

    private void asadmin(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", asadmin.toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        Path log = TestSettings.workFolder().resolve("asadmin.log");
        try {
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed; see " + log
                        + " and " + serverLog() + ":\n" + tail(serverLog()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run asadmin", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void awaitReady() {
        // The server answers once the application is deployed; readiness includes the database.
        var readiness = url("/health/ready");
        Duration patience = Duration.ofMinutes(2);
        long deadline = System.nanoTime() + patience.toNanos();
        while (!ManagedProcess.answersOk(readiness)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The EAR did not become ready; see " + serverLog());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    @Override
    public void close() {
        asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
    }
}

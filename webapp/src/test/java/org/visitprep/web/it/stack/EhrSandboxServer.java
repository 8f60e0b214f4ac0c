package org.visitprep.web.it.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The test EHR (ehr-sandbox's WAR) in a Payara Micro of its own, serving the same demo patients as the portal, with
 * the portal under test registered as its SMART client. Started once per run, stopped at the end.
 */
public final class EhrSandboxServer implements AutoCloseable {

    private final int port;
    private final ManagedProcess process;

    private EhrSandboxServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /** Starts it without waiting; {@link #awaitReady()} waits. */
    public static EhrSandboxServer start(int portalPort, Path demoPatients) {
        int port = TestSettings.port("ehr");
        requireFree(port);
        Path payaraMicro =
                TestSettings.existingPath("visitprep.it.payara-micro", "the build's initialize phase fetches it");
        Path war = TestSettings.existingPath(
                "visitprep.it.ehr-war", "build the test EHR first: ./mvnw -pl ehr-sandbox -am -DskipTests package");
        String portal = "http://localhost:" + portalPort;
        var process = ManagedProcess.start(
                "The test EHR",
                List.of(
                        TestSettings.javaExecutable().toString(),
                        "-jar",
                        payaraMicro.toString(),
                        "--nocluster",
                        "--disablephonehome",
                        "--port",
                        String.valueOf(port),
                        "--deploy",
                        war + ":/"),
                Map.of(
                        "EHR_BASE_URL",
                        "http://localhost:" + port,
                        "EHR_PATIENTS_DIR",
                        demoPatients.toString(),
                        "EHR_PORTAL_URL",
                        portal,
                        "EHR_PORTAL_CLIENT_REDIRECT_URIS",
                        portal + "/smart/callback," + portal + "/patient/ehr/callback"),
                TestSettings.workFolder().resolve("ehr-sandbox.log"));
        return new EhrSandboxServer(port, process);
    }

    public void awaitReady() {
        process.awaitOk(url("fhir/metadata"), Duration.ofMinutes(8));
    }

    private static void requireFree(int port) {
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            throw new IllegalStateException("Port " + port + " is in use, perhaps by another test EHR: free it, or"
                    + " choose another port with -Dit.ehr.port");
        }
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port + "/");
    }

    public URI url(String path) {
        return baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The FHIR base URL: the {@code iss} of its launches. */
    public String iss() {
        return "http://localhost:" + port + "/fhir";
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    public String log() {
        return process.logText();
    }

    @Override
    public void close() {
        process.close();
    }
}

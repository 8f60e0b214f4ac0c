package org.visitprep.ehr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.visitprep.ehr.registry.RegisteredEhr;
import org.visitprep.record.FhirCorpus;

/**
 * The test EHR (ehr-sandbox's WAR) in Payara Micro, started once per test run by any test class extended with it,
 * on port {@code visitprep.it.ehr.port} (18280), serving three public Synthea patients; stopped when the run ends.
 * Its log goes to {@code target/core/it/ehr-sandbox.log}.
 */
public final class EhrSandbox implements BeforeAllCallback {

    /** Synthea patients the sandbox serves, by their Patient id: 70, 73 and 482 resources. */
    public static final String CLEMENTE = "d78af07c-9cb9-4f31-9b11-c45a28f2eec8";

    public static final String LIZ = "ee9f8dd8-72d2-4769-8020-89e504b1504b";
    public static final String ALI = "d00b080d-706e-4cd8-ae87-6531e798b1fd";

    public static final List<String> PATIENT_FILES = List.of(
            "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json",
            "Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json",
            "Ali_Herman_75c71918-f07f-4492-af1a-ce006a1e8aaf.json");

    /** The callback the portal registers with the sandbox for its tests; the tests never follow it. */
    public static final URI REDIRECT_URI = URI.create("http://localhost:18080/smart/callback");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("visitprep.it.ehr.port", "18280");
    }

    public static String iss() {
        return baseUrl() + "/fhir";
    }

    /** The sandbox as the portal registers it, with the sandbox's published dev-only demo secret. */
    public static RegisteredEhr registered() {
        return new RegisteredEhr(
                "sandbox",
                iss(),
                "visitprep-portal",
                "dev-only-demo-secret-visitprep-portal",
                "Sandbox EHR",
                "Organization/visitprep-sandbox-clinic",
                baseUrl());
    }

    public static Path patientFile(String name) {
        return FhirCorpus.file("synthea/" + name);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** The Payara Micro child process: this run's own, closed by JUnit at the end of the run. */
    static final class Running implements AutoCloseable {

        private final Process process;

        private Running(Process process) {
            this.process = process;
        }

        static Running start() {
            Path root = Path.of(System.getProperty("visitprep.it.root", "..")).toAbsolutePath();
            Path war = required(root.resolve("ehr-sandbox/target/ehr-sandbox.war"));
            Path payaraMicro = required(payaraMicroJar());
            if (answers()) {
                throw new IllegalStateException("Something already answers at " + baseUrl() + "; stop it, or run the"
                        + " tests with -Dit.ehr.port=<a free port>");
            }
            try {
                Path work = Files.createDirectories(root.resolve("target/core/it"));
                Path patients = Files.createDirectories(work.resolve("ehr-patients"));
                for (String file : PATIENT_FILES) {
                    Files.copy(patientFile(file), patients.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
                Path log = work.resolve("ehr-sandbox.log");
                ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        payaraMicro.toString(),
                        "--nocluster",
                        "--port",
                        System.getProperty("visitprep.it.ehr.port", "18280"),
                        "--rootdir",
                        work.resolve("payara-micro").toString(),
                        "--deploy",
                        war + ":/");
                builder.environment().put("EHR_BASE_URL", baseUrl());
                builder.environment().put("EHR_PATIENTS_DIR", patients.toString());
                builder.redirectErrorStream(true).redirectOutput(log.toFile());
                Running running = new Running(builder.start());
                running.awaitReady(log);
                return running;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the test EHR in Payara Micro", e);
            }
        }

        private static Path payaraMicroJar() {
            String provisioned = System.getProperty("visitprep.it.payara-micro", "");
            if (!provisioned.isEmpty() && Files.isRegularFile(Path.of(provisioned))) {
                return Path.of(provisioned);
            }
            String name = provisioned.isEmpty()
                    ? "payara-micro-7.2026.11.jar"
                    : Path.of(provisioned).getFileName().toString();
            String version = name.substring("payara-micro-".length(), name.length() - ".jar".length());
            return Path.of(System.getProperty("user.home"), ".m2/repository/fish/payara/extras/payara-micro", version)
                    .resolve(name);
        }

        private static Path required(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build it first with"
                        + " ./mvnw -B -pl ehr-sandbox -am package -DskipTests (which also fetches Payara Micro)");
            }
            return file;
        }

        private void awaitReady(Path log) {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
                }
                if (logSaysReady(log) && answers()) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            close();
            throw new IllegalStateException("The test EHR did not answer within " + START_TIMEOUT + "; see " + log);
        }

        private static boolean logSaysReady(Path log) {
            try {
                return Files.readString(log).contains(") ready in ");
            } catch (IOException notYetWritten) {
                return false;
            }
        }

        private static boolean answers() {
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpRequest metadata = HttpRequest.newBuilder(URI.create(iss() + "/metadata"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
                return client.send(metadata, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.visitprep.ehr.sandbox.it;

import java.io.IOException;
import java.net.ConnectException;
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

/**
 * Starts the sandbox WAR in Payara Micro once for the whole test run (JDK of the running tests, {@code --nocluster},
 * the IT port), waits until the FHIR server answers, and stops it when the run ends.
 */
public final class PayaraMicroSandbox implements BeforeAllCallback {

    /** The public Synthea bundles the sandbox serves in the tests: small ones, and one with hundreds of entries. */
    static final List<String> PATIENT_FILES = List.of(
            "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json",
            "Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json",
            "Ali_Herman_75c71918-f07f-4492-af1a-ce006a1e8aaf.json");

    static final String CLEMENTE = "d78af07c-9cb9-4f31-9b11-c45a28f2eec8";
    static final String LIZ = "ee9f8dd8-72d2-4769-8020-89e504b1504b";
    static final String ALI = "d00b080d-706e-4cd8-ae87-6531e798b1fd";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    static String baseUrl() {
        return "http://localhost:" + System.getProperty("it.ehr.port", "18280");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningServer.class, key -> RunningServer.start(), RunningServer.class);
    }

    /** The Payara Micro child process; JUnit closes it at the end of the run. */
    static final class RunningServer implements AutoCloseable {

        private final Process process;

        private RunningServer(Process process) {
            this.process = process;
        }

        static RunningServer start() {
            Path target = Path.of(System.getProperty("it.target.dir", "target"));
            try {
                if (answers()) {
                    throw new IllegalStateException("Something already answers at " + baseUrl()
                            + "; stop it before running the integration tests");
                }
                Path patients = target.resolve("it-patients");
                Files.createDirectories(patients);
                Path corpus = Path.of(System.getProperty("fhir.corpus.synthea"));
                for (String file : PATIENT_FILES) {
                    Files.copy(corpus.resolve(file), patients.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
                Path log = target.resolve("payara-micro-it.log");
                ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        System.getProperty("payara.micro.jar"),
                        "--nocluster",
                        "--port",
                        System.getProperty("it.ehr.port", "18280"),
                        "--rootdir",
                        target.resolve("payara-micro-it").toAbsolutePath().toString(),
                        "--deploy",
                        System.getProperty("sandbox.war") + ":/");
                builder.environment().put("EHR_BASE_URL", baseUrl());
                builder.environment()
                        .put("EHR_PATIENTS_DIR", patients.toAbsolutePath().toString());
                builder.redirectErrorStream(true).redirectOutput(log.toFile());
                RunningServer server = new RunningServer(builder.start());
                server.awaitReady(log);
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start Payara Micro", e);
            }
        }

        private void awaitReady(Path log) {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
                }
                if (bootFinished(log) && answers()) {
                    return;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            close();
            throw new IllegalStateException("The sandbox did not answer within " + START_TIMEOUT + "; see " + log);
        }

        /**
         * Payara Micro may answer for the WAR a moment before it has finished booting, and the default web module
         * can still take requests then: wait for its own "ready" line too.
         */
        private static boolean bootFinished(Path log) {
            try {
                return Files.readString(log).contains(") ready in ");
            } catch (IOException notYetWritten) {
                return false;
            }
        }

        private static boolean answers() {
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/fhir/metadata"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (ConnectException notYet) {
                return false;
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

package org.visitprep.ehr.sandbox.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test EHR of every module's integration tests: the sandbox WAR in Payara Micro on port
 * {@code visitprep.it.ehr.port}, serving public Synthea patients from {@code shared/fhir-corpus}. A test class
 * extended with it finds it running.
 *
 * <p>The test command ({@code ./visitprep test}) names a folder in {@code visitprep.it.services}: the first module
 * that needs the sandbox starts it and leaves its pid there, the next modules reuse it, and the command stops it
 * when the run ends, so that it boots once per run. Without that property (a module's tests run alone, or from an
 * IDE) the sandbox is this test JVM's own and stops with it.
 */
public final class TestEhr implements BeforeAllCallback {

    /**
     * The portal's demo patients in the tests, by the file name its demo loader knows them under, each played by a
     * public Synthea record: Evelyn's holds years of HbA1c results, Ali's hundreds of entries page.
     */
    public static final Map<String, String> DEMO_PATIENTS = Map.of(
            "alice.json", "Evelyn_McCullough_b3e8d121-f742-438c-92e3-02135e4543d5.json",
            "ben.json", "Ali_Herman_75c71918-f07f-4492-af1a-ce006a1e8aaf.json",
            "chloe.json", "Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json",
            "david.json", "Luigi_Wiegand_e27d88b0-c5e5-4042-ad49-184f6a900ee3.json");

    /** The sandbox's patients: the demo patients, and one who has no portal account. */
    public static final Map<String, String> PATIENT_FILES = patientFiles();

    /** The sandbox's Patient ids of these files. */
    public static final String EVELYN = "3e26303e-a72a-4c60-866f-e5b81a9f1989";

    public static final String ALI = "d00b080d-706e-4cd8-ae87-6531e798b1fd";
    public static final String LIZ = "ee9f8dd8-72d2-4769-8020-89e504b1504b";
    public static final String LUIGI = "1ae0605d-e5b8-4d6d-a96d-c93dcbd57e06";
    /**
     * The patient with no portal account. The sandbox lives for the whole run, so a test that changes a record (a
     * launch that starts a new encounter) does so on his, and no other test counts his resources.
     */
    public static final String CLEMENTE = "d78af07c-9cb9-4f31-9b11-c45a28f2eec8";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final String PID_FILE = "ehr-sandbox.pid";

    private static Map<String, String> patientFiles() {
        Map<String, String> files = new LinkedHashMap<>(DEMO_PATIENTS);
        files.put("clemente.json", "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json");
        return Collections.unmodifiableMap(files);
    }

    public static int port() {
        return Integer.parseInt(setting("visitprep.it.ehr.port"));
    }

    public static String baseUrl() {
        return "http://localhost:" + port();
    }

    public static String iss() {
        return baseUrl() + "/fhir";
    }

    /** The portal the sandbox launches and redirects to, on the tests' portal port. */
    public static String portalUrl() {
        return "http://localhost:" + setting("visitprep.it.portal.port");
    }

    /** The public Synthea file of that name, e.g. one of {@link #PATIENT_FILES}' values. */
    public static Path corpusFile(String syntheaFileName) {
        Path file = Path.of(setting("visitprep.it.corpus"), "synthea", syntheaFileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the shared corpus must lie beside the checkout");
        }
        return file;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureRunning(context);
    }

    /** Starts the sandbox unless this run already has it; the JUnit root context stops one this JVM owns. */
    public static void ensureRunning(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.startOrReuse(), Running.class);
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The integration tests need the system property " + name
                    + "; run them through Maven (./visitprep test), which sets it.");
        }
        return value;
    }

    private static Optional<Path> servicesFolder() {
        return Optional.ofNullable(System.getProperty("visitprep.it.services"))
                .filter(folder -> !folder.isBlank())
                .map(Path::of);
    }

    private static URI metadata() {
        return URI.create(iss() + "/metadata");
    }

    /** The sandbox this JVM started (stopped at the end unless the test command keeps it), or one it reused. */
    static final class Running implements AutoCloseable {

        private final Optional<ManagedProcess> owned;

        private Running(Optional<ManagedProcess> owned) {
            this.owned = owned;
        }

        static Running startOrReuse() {
            Optional<Path> services = servicesFolder();
            if (services.isPresent() && startedEarlierInThisRun(services.get())) {
                return new Running(Optional.empty());
            }
            if (ManagedProcess.answersOk(metadata())) {
                throw new IllegalStateException("Something already answers at " + baseUrl() + "; stop it, or run the"
                        + " tests with -Dit.ehr.port=<a free port>");
            }
            ManagedProcess process = start();
            if (services.isPresent()) {
                writePid(services.get(), process.pid());
                return new Running(Optional.empty());
            }
            return new Running(Optional.of(process));
        }

        private static boolean startedEarlierInThisRun(Path services) {
            Path pidFile = services.resolve(PID_FILE);
            try {
                if (!Files.isRegularFile(pidFile)) {
                    return false;
                }
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                        && ManagedProcess.answersOk(metadata());
            } catch (IOException | NumberFormatException unreadable) {
                return false;
            }
        }

        private static ManagedProcess start() {
            Path root = Path.of(setting("visitprep.it.root")).toAbsolutePath();
            Path war = root.resolve("ehr-sandbox/target/ehr-sandbox.war");
            Path payaraMicro = Path.of(setting("visitprep.it.payara-micro"));
            for (Path needed : List.of(war, payaraMicro)) {
                if (!Files.isRegularFile(needed)) {
                    throw new IllegalStateException(needed + " is missing: ./mvnw -B -N initialize fetches Payara"
                            + " Micro, ./mvnw -B -pl ehr-sandbox package -DskipTests builds the WAR");
                }
            }
            Path work = root.resolve("ehr-sandbox/target/it-ehr");
            Path patients = copyPatients(work.resolve("patients"));
            ManagedProcess process = ManagedProcess.start(
                    "The test EHR",
                    List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            payaraMicro.toString(),
                            "--nocluster",
                            "--disablephonehome",
                            "--port",
                            String.valueOf(port()),
                            "--rootdir",
                            work.resolve("payara-micro").toString(),
                            "--deploy",
                            war + ":/"),
                    Map.of(
                            "EHR_BASE_URL", baseUrl(),
                            "EHR_PATIENTS_DIR", patients.toString(),
                            "EHR_PORTAL_URL", portalUrl(),
                            "EHR_PORTAL_CLIENT_REDIRECT_URIS",
                                    portalUrl() + "/smart/callback," + portalUrl() + "/patient/ehr/callback"),
                    work.resolve("ehr-sandbox.log"));
            try {
                process.awaitOk(metadata(), START_TIMEOUT);
                process.awaitLogLine(") ready in ", Duration.ofMinutes(3));
            } catch (RuntimeException notReady) {
                process.close();
                throw notReady;
            }
            return process;
        }

        private static Path copyPatients(Path folder) {
            try {
                Files.createDirectories(folder);
                for (var patient : PATIENT_FILES.entrySet()) {
                    Files.copy(
                            corpusFile(patient.getValue()),
                            folder.resolve(patient.getKey()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                return folder;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot prepare the test EHR's patients in " + folder, e);
            }
        }

        private static void writePid(Path services, long pid) {
            try {
                Files.createDirectories(services);
                Files.writeString(services.resolve(PID_FILE), Long.toString(pid));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot note the test EHR's pid in " + services, e);
            }
        }

        @Override
        public void close() {
            owned.ifPresent(ManagedProcess::close);
        }
    }
}

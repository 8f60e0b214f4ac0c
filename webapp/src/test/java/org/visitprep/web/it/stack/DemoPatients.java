package org.visitprep.web.it.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.visitprep.ehr.sandbox.testing.TestEhr;

/**
 * The demo patients' records for the tests: public Synthea files from {@code shared/fhir-corpus} under the names the
 * portal's demo loader and the test EHR expect, so the tests never wait for Synthea to generate a population.
 */
public final class DemoPatients {

    /** Who plays whom: the same records the test EHR serves for them. */
    static final Map<String, String> CAST = TestEhr.DEMO_PATIENTS;

    private DemoPatients() {}

    /** The file name the demo loader gives the 95-year-old benchmark patient, Laci. */
    static final String ELDERLY = "elderly-benchmark.json";

    /**
     * Fills the folder with the cast's records and answers it; with the 95-year-old benchmark patient too when the
     * run names her file ({@code -Dit.elderly-patient}, as {@code ./visitprep bench} does), else without her.
     */
    public static Path prepare(Path folder) {
        Path synthea = TestSettings.existingPath("visitprep.it.corpus", "the shared corpus lies beside the checkout")
                .resolve("synthea");
        try {
            Files.createDirectories(folder);
            for (var role : CAST.entrySet()) {
                Files.copy(
                        synthea.resolve(role.getValue()),
                        folder.resolve(role.getKey()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            String elderly = System.getProperty("visitprep.it.elderly-patient", "");
            if (!elderly.isBlank()) {
                Files.copy(Path.of(elderly), folder.resolve(ELDERLY), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(folder.resolve(ELDERLY));
            }
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the demo patients in " + folder, e);
        }
    }

    /** The corpus file that plays the given demo patient, e.g. "alice.json". */
    public static Path original(String demoFile) {
        return TestSettings.existingPath("visitprep.it.corpus", "the shared corpus lies beside the checkout")
                .resolve("synthea")
                .resolve(CAST.get(demoFile));
    }
}

package org.visitprep.web.it.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The demo patients' records for the tests: public Synthea files from {@code shared/fhir-corpus} under the names the
 * portal's demo loader and the test EHR expect, so the tests never wait for Synthea to generate a population.
 */
public final class DemoPatients {

    /** Who plays whom: Evelyn's record has years of HbA1c results, which the lab and summary tests read. */
    static final Map<String, String> CAST = Map.of(
            "alice.json", "Evelyn_McCullough_b3e8d121-f742-438c-92e3-02135e4543d5.json",
            "ben.json", "Ali_Herman_75c71918-f07f-4492-af1a-ce006a1e8aaf.json",
            "chloe.json", "Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json",
            "david.json", "Luigi_Wiegand_e27d88b0-c5e5-4042-ad49-184f6a900ee3.json");

    private DemoPatients() {}

    /** Fills the folder with the cast's records and answers it. */
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

package org.visitprep.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.visitprep.record.JoinedSyntheaBundle;

/**
 * The patient file the benchmarks import: the one named by {@code -Dvisitprep.bench.patient}, else the elderly
 * Synthea patient the EHR sandbox generates (about 16,000 to 25,000 resources, about 40 MB), else one joined from the
 * corpus's Synthea bundles with fresh ids, at least {@value #MINIMUM_RESOURCES} resources.
 */
final class BenchmarkPatient {

    static final int MINIMUM_RESOURCES = 15_000;

    private BenchmarkPatient() {}

    static Path find(Path root) throws IOException {
        String given = System.getProperty("visitprep.bench.patient", "");
        if (!given.isBlank()) {
            Path file = Path.of(given);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("-Dvisitprep.bench.patient names no file: " + file);
            }
            Figures.note("patient file given: " + file);
            return file;
        }
        List<Path> generated = List.of(
                root.resolve(".visitprep/synthea/elderly-benchmark.json"),
                root.resolve(".visitprep/ehr-patients/elderly-benchmark.json"));
        Optional<Path> found = generated.stream().filter(Files::isRegularFile).findFirst();
        if (found.isPresent()) {
            Figures.note("generated Synthea patient: " + found.get());
            return found.get();
        }
        Path joined = Path.of(System.getProperty("java.io.tmpdir")).resolve("joined-synthea-patient.json");
        Files.write(joined, JoinedSyntheaBundle.withAtLeast(MINIMUM_RESOURCES));
        Figures.note("no generated Synthea patient at " + generated + ": joined the corpus's Synthea bundles with fresh"
                + " ids into " + joined + " instead (generate the real one with"
                + " ./mvnw -B -pl ehr-sandbox -am -Ppopulation process-classes)");
        return joined;
    }
}

package org.visitprep.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.visitprep.database.DatabaseKind;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;

/**
 * Runs the benchmarks: the verifier against its adversarial corpus and on the patient's summary; a plain HAPI parse of
 * the patient file as the baseline, then the import of the same file into the record store on H2 and on PostgreSQL,
 * through the code the server runs, reads of the stored record and the grounded summary drafted from it; then what
 * the summaries of the crafted corpus and the demo patients say and leave out. {@code -Dvisitprep.bench.only=summary}
 * runs the summary benchmarks alone (the file imported once per database, untimed); {@code costs}, the costs
 * benchmark alone, likewise.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("visitprep.root", "."))
                .toAbsolutePath()
                .normalize();
        Path patient = BenchmarkPatient.find(root);
        int processors = Runtime.getRuntime().availableProcessors();
        Figures.note(String.format(
                "%d processor(s), max heap %d MB, Java %s, load average %.1f",
                processors,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.version(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        String only = System.getProperty("visitprep.bench.only", "");
        boolean costsOnly = "costs".equals(only);
        if (!costsOnly) {
            new VerifierBenchmark().run(patient);
            new SealBenchmark().run();
        }

        FhirContext r4 = FhirContext.forR4();
        var baseline = new HapiParseBaseline(r4, patient);
        Figures.note(String.format(
                "%s: %.1f MB, %,d resources", patient.getFileName(), baseline.megabytes(), baseline.resources()));

        boolean summaryOnly = "summary".equals(only);
        ExecutorService executor = Executors.newFixedThreadPool(
                processors,
                runnable -> Thread.ofPlatform().daemon().name("bench-worker").unstarted(runnable));
        try {
            RecordImporter importer = RecordImporter.create(r4, executor, ImportLimits.defaults());
            for (DatabaseKind kind : DatabaseKind.values()) {
                try (TestDatabase database = TestDatabase.create(kind)) {
                    var benchmark = new ImportBenchmark(database, importer, executor, patient, baseline);
                    if (costsOnly) {
                        benchmark.runCostsOnly();
                    } else if (summaryOnly) {
                        benchmark.runSummaryOnly();
                    } else {
                        benchmark.run();
                    }
                }
            }
        } finally {
            executor.shutdownNow();
        }
        if (!costsOnly) {
            new SummaryQualityBenchmark().run(root, patient);
        }
    }
}

package org.visitprep.record;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.hl7.fhir.r4.model.Bundle;
import org.visitprep.record.importing.ImportOutcome;
import org.visitprep.record.importing.ImportRefusal;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.SourceKind;

/**
 * Prints how long the import's parse and normalize takes against a plain HAPI {@code parseResource(Bundle)} of the
 * same file, for the corpus's Synthea files and for one large bundle made by joining them. Figures only: timing
 * belongs to benchmarks, so nothing here asserts. Run from the core module's test classpath:
 * {@code java -cp target/core/test-classes:target/core/classes:<dependencies> org.visitprep.record.ImportTimings}.
 */
public final class ImportTimings {

    private static final int ROUNDS = 5;

    private ImportTimings() {}

    public static void main(String[] args) throws IOException {
        FhirContext r4 = FhirContext.forR4();
        RecordImporter importer = RecordImporter.create(r4, ForkJoinPool.commonPool(), ImportLimits.defaults());
        List<Path> files = new ArrayList<>(FhirCorpus.filesIn("synthea"));
        Path joined = Files.createTempFile("visitprep-joined-", ".json");
        try {
            Files.write(joined, JoinedSyntheaBundle.of(files, Integer.parseInt(args.length > 0 ? args[0] : "4")));
            files.add(joined);
            System.out.printf(
                    Locale.ROOT,
                    "%-45s %9s %8s %12s %12s %6s%n",
                    "file",
                    "MB",
                    "entries",
                    "HAPI ms",
                    "import ms",
                    "ratio");
            for (Path file : files) {
                measure(file, r4, importer);
            }
        } finally {
            Files.deleteIfExists(joined);
        }
    }

    private static void measure(Path file, FhirContext r4, RecordImporter importer) throws IOException {
        byte[] content = Files.readAllBytes(file);
        long hapi = Long.MAX_VALUE;
        long ours = Long.MAX_VALUE;
        int entries = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            Bundle bundle = r4.newJsonParser().parseResource(Bundle.class, new String(content, StandardCharsets.UTF_8));
            hapi = Math.min(hapi, System.nanoTime() - start);
            if (bundle.getEntry().isEmpty()) {
                throw new IllegalStateException("empty bundle");
            }
            start = System.nanoTime();
            ImportOutcome outcome =
                    importer.read(ImportSource.ofBytes(file.getFileName().toString(), content, SourceKind.FHIR));
            ours = Math.min(ours, System.nanoTime() - start);
            if (outcome instanceof ImportRefusal refusal) {
                throw new IllegalStateException(refusal.messages(Locale.ENGLISH).toString());
            }
            entries = ((ImportResult) outcome).entries().size();
        }
        String name = file.getFileName().toString();
        System.out.printf(
                Locale.ROOT,
                "%-45s %9.1f %8d %12.0f %12.0f %6.2f%n",
                name.length() > 45 ? name.substring(0, 45) : name,
                content.length / 1e6,
                entries,
                hapi / 1e6,
                ours / 1e6,
                ours / (double) hapi);
    }
}

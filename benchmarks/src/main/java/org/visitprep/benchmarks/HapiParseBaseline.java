package org.visitprep.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The baseline: HAPI FHIR parsing the whole file into a {@code Bundle}, the way any FHIR application would read it.
 * Each round reads and decodes the file before its clock starts, so the baseline is the parse alone (an import's
 * time includes reading the file), and lets go of it after, so that no round holds memory into the next. The
 * benchmarks time it in rounds taken between their own, so that both see the same load on a shared machine.
 */
final class HapiParseBaseline {

    private static final int WARM_UPS = 2;

    private final FhirContext r4;
    private final Path file;
    private final int resources;
    private final double megabytes;

    HapiParseBaseline(FhirContext r4, Path file) throws IOException {
        this.r4 = r4;
        this.file = file;
        this.megabytes = Files.size(file) / 1e6;
        int entries = 0;
        for (int i = 0; i < WARM_UPS; i++) {
            entries = parse(read()).getEntry().size();
        }
        this.resources = entries;
    }

    int resources() {
        return resources;
    }

    double megabytes() {
        return megabytes;
    }

    /** One timed parse, in seconds. */
    double timeOneParse() throws IOException {
        String json = read();
        long start = System.nanoTime();
        Bundle bundle = parse(json);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (bundle.getEntry().size() != resources) {
            throw new IllegalStateException("the bundle parsed differently");
        }
        return seconds;
    }

    private String read() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Bundle parse(String json) {
        return r4.newJsonParser().parseResource(Bundle.class, json);
    }
}

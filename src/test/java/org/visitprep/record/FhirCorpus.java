package org.visitprep.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of public FHIR files (shared/fhir-corpus, described in its SOURCES.md): found beside the work
 * tree or its parents, or where {@code visitprep.fhirCorpus} points. Tests fail, never skip, when it is missing.
 */
public final class FhirCorpus {

    private FhirCorpus() {}

    public static Path root() {
        String configured = System.getProperty("visitprep.fhirCorpus");
        if (configured != null) {
            return existing(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fhir-corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return existing(Path.of("/work/shared/fhir-corpus"));
    }

    public static Path file(String relative) {
        return existing(root().resolve(relative));
    }

    /** The regular files of a corpus folder, sorted by name. */
    public static List<Path> filesIn(String folder) {
        try (Stream<Path> files = Files.walk(root().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the corpus folder " + folder, e);
        }
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("the FHIR corpus is not at " + path
                    + "; set -Dvisitprep.fhirCorpus to the shared/fhir-corpus folder");
        }
        return path;
    }
}

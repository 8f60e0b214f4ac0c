package org.visitprep.record.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to import: its name as the person gave it, its size, a way to open it (more than once: the importer may
 * sniff its first bytes, then read it), and what kind the person says it is.
 *
 * @param sourceSystem the system the data comes from when known (e.g. an EHR's FHIR base URL), used in entry
 *     identities; null for an uploaded file
 */
public record ImportSource(String fileName, long size, Opener opener, SourceKind declaredKind, String sourceSystem) {

    /** Opens a fresh stream on the source's bytes, from the start. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public ImportSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(declaredKind, "declaredKind");
    }

    public static ImportSource of(String fileName, long size, Opener opener, SourceKind declaredKind) {
        return new ImportSource(fileName, size, opener, declaredKind, null);
    }

    public static ImportSource ofFile(Path file, SourceKind declaredKind) throws IOException {
        return of(file.getFileName().toString(), Files.size(file), () -> Files.newInputStream(file), declaredKind);
    }

    public static ImportSource ofBytes(String fileName, byte[] content, SourceKind declaredKind) {
        byte[] copy = content.clone();
        return of(fileName, copy.length, () -> new java.io.ByteArrayInputStream(copy), declaredKind);
    }

    public ImportSource withKind(SourceKind kind) {
        return new ImportSource(fileName, size, opener, kind, sourceSystem);
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}

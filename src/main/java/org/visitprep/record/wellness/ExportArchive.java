package org.visitprep.record.wellness;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.SourceRejected;

/**
 * Reads an Apple Health {@code export.zip} as a stream, entry after entry, never writing anything to disk. Every
 * entry is inflated through a guard that counts what comes out against the limits, so a zip bomb is stopped after
 * at most the limit's worth of inflating, and every entry name is checked before anything else is done with it.
 */
final class ExportArchive {

    /** Reads the export's XML; called once, with a stream of the entry's inflated bytes. */
    @FunctionalInterface
    interface ExportConsumer {
        void accept(InputStream exportXml) throws IOException, SourceRejected;
    }

    /** An IOException carrying the problem that stopped the inflating, so it crosses the XML parser intact. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        Refused(ImportProblem problem) {
            super(problem.code().name(), null);
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private final String fileName;
    private final ImportLimits limits;
    private long inflated;

    ExportArchive(String fileName, ImportLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /**
     * Walks the whole archive, handing {@code apple_health_export/export.xml} (or a top-level {@code export.xml})
     * to the consumer and inflating the other entries only to check them.
     *
     * @param compressedBytesRead how many bytes of the zip file were read so far
     */
    void read(InputStream zip, LongSupplier compressedBytesRead, ExportConsumer consumer)
            throws IOException, SourceRejected {
        boolean exportFound = false;
        int entries = 0;
        try (ZipInputStream archive = new ZipInputStream(zip)) {
            for (ZipEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                entries++;
                if (entries > limits.maxZipEntries()) {
                    throw refused(ProblemCode.ZIP_TOO_MANY_ENTRIES, limits.maxZipEntries());
                }
                String name = entry.getName();
                if (escapes(name)) {
                    throw refused(ProblemCode.ZIP_PATH_ESCAPES, name);
                }
                InputStream guarded = new InflationGuard(archive, compressedBytesRead);
                if (!exportFound && isExport(name) && !entry.isDirectory()) {
                    exportFound = true;
                    consumer.accept(guarded);
                }
                guarded.transferTo(OutputStream.nullOutputStream());
            }
        } catch (ZipException e) {
            throw refused(ProblemCode.ZIP_DAMAGED, String.valueOf(e.getMessage()));
        }
        if (entries == 0) {
            throw refused(ProblemCode.ZIP_DAMAGED, "no entries");
        }
        if (!exportFound) {
            throw refused(ProblemCode.ZIP_WITHOUT_EXPORT);
        }
    }

    static boolean isExport(String name) {
        String normalized = name.replace('\\', '/').toLowerCase(Locale.ROOT);
        return normalized.equals("apple_health_export/export.xml") || normalized.equals("export.xml");
    }

    /** Whether an entry's path is absolute or climbs out of the archive with {@code ..}. */
    static boolean escapes(String name) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || WINDOWS_DRIVE.matcher(normalized).matches()) {
            return true;
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private SourceRejected refused(ProblemCode code, Object... arguments) {
        return new SourceRejected(ImportProblem.of(code, ProblemLocation.inFile(fileName), arguments));
    }

    private static String megabytes(long bytes) {
        return (bytes / ImportLimits.MEGABYTE) + " MB";
    }

    /** Counts inflated bytes of one entry against the archive's limits; closing it leaves the archive open. */
    private final class InflationGuard extends FilterInputStream {
        private final LongSupplier compressedBytesRead;

        InflationGuard(InputStream entry, LongSupplier compressedBytesRead) {
            super(entry);
            this.compressedBytesRead = compressedBytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The archive stays open for its next entry.
        }

        private void count(int n) throws Refused {
            inflated += n;
            if (inflated > limits.maxUncompressedBytes()) {
                throw new Refused(ImportProblem.of(
                        ProblemCode.ZIP_TOO_LARGE_UNCOMPRESSED,
                        ProblemLocation.inFile(fileName),
                        megabytes(limits.maxUncompressedBytes())));
            }
            long compressed = Math.max(1, compressedBytesRead.getAsLong());
            if (inflated > RATIO_CHECKED_FROM && inflated / compressed > limits.maxCompressionRatio()) {
                throw new Refused(ImportProblem.of(
                        ProblemCode.ZIP_RATIO_EXCEEDED,
                        ProblemLocation.inFile(fileName),
                        limits.maxCompressionRatio()));
            }
        }
    }
}

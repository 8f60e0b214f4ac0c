package org.visitprep.record.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a whole source into memory within the size limit. Used for formats whose originals are slices of the file
 * (FHIR JSON) or that are small by nature; streaming formats read through {@link #open} instead.
 */
public final class SourceBytes {

    private SourceBytes() {}

    /** The source's bytes; refused when empty, unreadable, or larger than the limit. */
    public static byte[] readAll(ImportSource source, ImportLimits limits, ImportProgress progress)
            throws SourceRejected {
        refuseIfDeclaredTooLarge(source, limits);
        try (LimitedInput in = open(source, limits.maxFileBytes(), progress)) {
            byte[] content = readFully(in, source.size());
            in.reportDone();
            if (content.length == 0) {
                throw new SourceRejected(
                        ImportProblem.of(ProblemCode.EMPTY_FILE, ProblemLocation.inFile(source.fileName())));
            }
            return content;
        } catch (LimitedInput.LimitExceeded e) {
            throw tooLarge(source, e.limit());
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Opens the source through a counting, limited stream. */
    public static LimitedInput open(ImportSource source, long limit, ImportProgress progress) throws IOException {
        return new LimitedInput(source.open(), limit, source.size(), progress);
    }

    public static void refuseIfDeclaredTooLarge(ImportSource source, ImportLimits limits) throws SourceRejected {
        if (source.size() > limits.maxFileBytes()) {
            throw tooLarge(source, limits.maxFileBytes());
        }
    }

    public static SourceRejected tooLarge(ImportSource source, long limit) {
        String size = source.size() > 0 ? megabytes(source.size()) : "> " + megabytes(limit);
        return new SourceRejected(ImportProblem.of(
                ProblemCode.FILE_TOO_LARGE, ProblemLocation.inFile(source.fileName()), size, megabytes(limit)));
    }

    public static SourceRejected unreadable(ImportSource source, IOException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new SourceRejected(
                ImportProblem.of(ProblemCode.UNREADABLE_FILE, ProblemLocation.inFile(source.fileName()), reason));
    }

    static String megabytes(long bytes) {
        if (bytes < ImportLimits.MEGABYTE) {
            return bytes + " B";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) ImportLimits.MEGABYTE);
    }

    private static byte[] readFully(InputStream in, long sizeHint) throws IOException {
        int capacity = sizeHint > 0 && sizeHint < Integer.MAX_VALUE - 16 ? (int) sizeHint + 1 : 64 * 1024;
        byte[] buffer = new byte[capacity];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, 64 * 1024));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
            }
            length += n;
        }
    }
}

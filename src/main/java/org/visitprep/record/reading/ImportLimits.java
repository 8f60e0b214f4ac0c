package org.visitprep.record.reading;

/**
 * How much an import may take in.
 *
 * @param maxFileBytes the largest file accepted (100 MB by default)
 * @param maxUncompressedBytes the most a zip may inflate to, all entries together
 * @param maxZipEntries the most entries a zip may hold
 * @param maxCompressionRatio the most a zip may inflate relative to its compressed bytes; zip bombs go far beyond
 *     what text compresses to (XML rarely beyond 30:1)
 * @param maxProblemsListed the most problems listed for one source; the rest are counted
 */
public record ImportLimits(
        long maxFileBytes,
        long maxUncompressedBytes,
        int maxZipEntries,
        int maxCompressionRatio,
        int maxProblemsListed) {

    public static final long MEGABYTE = 1024L * 1024L;

    public static ImportLimits defaults() {
        return new ImportLimits(100 * MEGABYTE, 4096 * MEGABYTE, 10_000, 200, 20);
    }

    public ImportLimits {
        if (maxFileBytes <= 0
                || maxUncompressedBytes <= 0
                || maxZipEntries <= 0
                || maxCompressionRatio <= 0
                || maxProblemsListed <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxUncompressedBytes, maxZipEntries, maxCompressionRatio, maxProblemsListed);
    }

    public ImportLimits withMaxUncompressedBytes(long bytes) {
        return new ImportLimits(maxFileBytes, bytes, maxZipEntries, maxCompressionRatio, maxProblemsListed);
    }
}

package org.visitprep.record.reading;

/**
 * How much an import may take in.
 *
 * @param maxFileBytes the largest file accepted (100 MB by default)
 * @param maxUncompressedBytes the most a zip may inflate to, all entries together: {@value #UNPACKED_PER_UPLOADED}
 *     times the largest file, so that the cap follows the upload limit
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

    /**
     * How many bytes a zip may unpack to per byte of the largest file accepted: 20, so 2 GB for a 100 MB upload. An
     * Apple Health export's XML compresses about 10 to 20 times; more than that from an upload is not a health export.
     */
    public static final int UNPACKED_PER_UPLOADED = 20;

    /** The ratio at which a zip's inflation is stopped early: far above what XML compresses to, far below a bomb's. */
    static final int MAX_COMPRESSION_RATIO = 200;

    public static ImportLimits defaults() {
        return forUploadsOf(100 * MEGABYTE);
    }

    /** The limits for uploads of at most that many bytes: the unpacked cap in proportion. */
    public static ImportLimits forUploadsOf(long maxFileBytes) {
        return new ImportLimits(maxFileBytes, maxFileBytes * UNPACKED_PER_UPLOADED, 10_000, MAX_COMPRESSION_RATIO, 20);
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

    /** These limits for another largest file, the unpacked cap following it. */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(
                bytes, bytes * UNPACKED_PER_UPLOADED, maxZipEntries, maxCompressionRatio, maxProblemsListed);
    }

    public ImportLimits withMaxUncompressedBytes(long bytes) {
        return new ImportLimits(maxFileBytes, bytes, maxZipEntries, maxCompressionRatio, maxProblemsListed);
    }
}

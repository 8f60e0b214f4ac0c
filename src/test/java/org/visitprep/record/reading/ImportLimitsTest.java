package org.visitprep.record.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unpacked cap of an upload follows the upload limit instead of standing at a fixed 4 GB. */
class ImportLimitsTest {

    @Test
    void aHundredMegabyteUploadMayUnpackToTwoGigabytesAndNoMore() {
        ImportLimits limits = ImportLimits.defaults();

        assertEquals(100 * ImportLimits.MEGABYTE, limits.maxFileBytes());
        assertEquals(2000 * ImportLimits.MEGABYTE, limits.maxUncompressedBytes());
    }

    @Test
    void theUnpackedCapFollowsALowerUploadLimit() {
        ImportLimits limits = ImportLimits.defaults().withMaxFileBytes(10 * ImportLimits.MEGABYTE);

        assertEquals(200 * ImportLimits.MEGABYTE, limits.maxUncompressedBytes());
        assertEquals(ImportLimits.defaults().maxCompressionRatio(), limits.maxCompressionRatio());
    }
}

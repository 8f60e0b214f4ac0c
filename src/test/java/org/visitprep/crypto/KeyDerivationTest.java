package org.visitprep.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

    @Test
    void matchesRfc5869TestCase3() {
        byte[] inputKeyMaterial = new byte[22];
        Arrays.fill(inputKeyMaterial, (byte) 0x0b);

        byte[] derived = KeyDerivation.hkdfSha256(inputKeyMaterial, "");

        // The first 32 of the 42 bytes of OKM in RFC 5869, A.3 (no salt, no info).
        assertArrayEquals(
                HexFormat.of().parseHex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"), derived);
    }

    @Test
    void differentUsesGetDifferentKeys() {
        byte[] inputKeyMaterial = new byte[32];
        TestKeys.RANDOM.nextBytes(inputKeyMaterial);

        assertFalse(Arrays.equals(
                KeyDerivation.hkdfSha256(inputKeyMaterial, "a"), KeyDerivation.hkdfSha256(inputKeyMaterial, "b")));
    }
}

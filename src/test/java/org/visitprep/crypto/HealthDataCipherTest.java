package org.visitprep.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HealthDataCipherTest {

    private static final String PURPOSE = "observation.resource";
    private static final byte[] RESULT = """
            {"resourceType":"Observation","code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},\
            "valueQuantity":{"value":6.9,"unit":"%"}}""".getBytes(UTF_8);

    private final PatientKeys keys = TestKeys.inMemoryKeys(TestKeys.ringWithNewKey("test"));
    private final HealthDataCipher cipher = new HealthDataCipher(keys, TestKeys.RANDOM);
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void opensWhatItSealed() {
        assertArrayEquals(RESULT, cipher.open(alice, cipher.seal(alice, RESULT, PURPOSE), PURPOSE));
        assertArrayEquals(new byte[0], cipher.open(alice, cipher.seal(alice, new byte[0], PURPOSE), PURPOSE));
    }

    @Test
    void sealedDataDescribesItself() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);

        assertEquals(HealthDataCipher.FORMAT, sealed[0]);
        assertEquals(1, HealthDataCipher.keyVersionOf(sealed));
        assertEquals(RESULT.length + HealthDataCipher.OVERHEAD, sealed.length);
        assertEquals(33, HealthDataCipher.OVERHEAD);
    }

    @Test
    void changingAnyByteOrBitMakesItFailToOpen() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);
        for (int i = 0; i < sealed.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = sealed.clone();
                tampered[i] ^= (byte) (1 << bit);
                var error = assertThrows(
                        UnreadableHealthDataException.class,
                        () -> cipher.open(alice, tampered, PURPOSE),
                        "byte " + i + " bit " + bit);
                assertFalse(error.getMessage().contains("4548-4"), error.getMessage());
            }
        }
    }

    @Test
    void tamperingWithTheCiphertextSaysItDoesNotAuthenticate() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);
        sealed[sealed.length / 2] ^= 1;

        var error = assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, sealed, PURPOSE));
        assertTrue(error.getMessage().contains("does not authenticate"), error.getMessage());
    }

    @Test
    void cutShortOrAddedToItFailsToOpen() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);

        for (int length : new int[] {0, 1, HealthDataCipher.OVERHEAD - 1, sealed.length - 1}) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, cut, PURPOSE), "" + length);
        }
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, longer, PURPOSE));
    }

    @Test
    void somethingNotSealedSaysSo() {
        byte[] clear = "plain text, not sealed at all: a result was stored in clear".getBytes(UTF_8);

        var error = assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, clear, PURPOSE));
        assertTrue(error.getMessage().contains("format"), error.getMessage());
    }

    @Test
    void dataOfOnePatientDoesNotOpenForAnother() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);
        cipher.seal(bob, RESULT, PURPOSE);

        assertThrows(UnreadableHealthDataException.class, () -> cipher.open(bob, sealed, PURPOSE));
        var withoutKeys = assertThrows(
                UnreadableHealthDataException.class, () -> cipher.open(UUID.randomUUID(), sealed, PURPOSE));
        assertTrue(withoutKeys.getMessage().contains("no data key version 1"), withoutKeys.getMessage());
    }

    @Test
    void dataSealedForOnePurposeDoesNotOpenForAnother() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);

        assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, sealed, "condition.resource"));
        assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, sealed, PURPOSE + " "));
    }

    @Test
    void aPurposeIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> cipher.seal(alice, RESULT, " "));
        assertThrows(IllegalArgumentException.class, () -> cipher.seal(alice, RESULT, null));
    }

    @Test
    void everySealingUsesAFreshNonce() {
        Set<ByteBuffer> nonces = new HashSet<>();
        Set<ByteBuffer> ciphertexts = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);
            nonces.add(ByteBuffer.wrap(Arrays.copyOfRange(sealed, 5, 17)));
            ciphertexts.add(ByteBuffer.wrap(Arrays.copyOfRange(sealed, 17, sealed.length)));
        }
        assertEquals(1000, nonces.size());
        assertEquals(1000, ciphertexts.size());
    }

    @Test
    void theSealedBytesDoNotContainThePlaintext() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);

        assertFalse(TestKeys.sharesAnyEightBytes(sealed, RESULT));
    }

    @Test
    void aLongRepetitivePlaintextLeavesNoPatternInTheSealedBytes() {
        byte[] repetitive = "HbA1c 6.9 % ".repeat(20_000).getBytes(UTF_8);
        byte[] zeros = new byte[64 * 1024];

        for (byte[] plaintext : new byte[][] {repetitive, zeros}) {
            byte[] sealed = cipher.seal(alice, plaintext, PURPOSE);
            assertFalse(TestKeys.sharesAnyEightBytes(sealed, plaintext));
            Set<ByteBuffer> blocks = new HashSet<>();
            for (int i = 17; i + 16 <= sealed.length; i += 16) {
                blocks.add(ByteBuffer.wrap(Arrays.copyOfRange(sealed, i, i + 16)));
            }
            assertEquals((sealed.length - 17) / 16, blocks.size(), "a 16-byte block repeats");
            assertArrayEquals(plaintext, cipher.open(alice, sealed, PURPOSE));
        }
    }

    @Test
    void aBlindIndexIsStablePerPatientAndDifferentAcrossPatients() {
        byte[] first = cipher.blindIndex(alice, "loinc|4548-4");

        assertEquals(32, first.length);
        assertArrayEquals(first, cipher.blindIndex(alice, "loinc|4548-4"));
        assertFalse(Arrays.equals(first, cipher.blindIndex(bob, "loinc|4548-4")));
        assertFalse(Arrays.equals(first, cipher.blindIndex(alice, "loinc|2345-7")));
        assertFalse(TestKeys.sharesAnyEightBytes(first, "loinc|4548-4".getBytes(UTF_8)));
    }

    @Test
    void aBlindIndexSurvivesADataKeyRotation() {
        byte[] before = cipher.blindIndex(alice, "loinc|4548-4");
        keys.rotate(alice);

        assertArrayEquals(before, cipher.blindIndex(alice, "loinc|4548-4"));
    }

    @Test
    void afterADataKeyRotationNewDataUsesTheNewVersionAndOldDataStillOpens() {
        byte[] old = cipher.seal(alice, RESULT, PURPOSE);

        assertEquals(2, keys.rotate(alice));
        byte[] fresh = cipher.seal(alice, RESULT, PURPOSE);

        assertEquals(2, HealthDataCipher.keyVersionOf(fresh));
        assertEquals(2, cipher.activeKeyVersion(alice));
        assertArrayEquals(RESULT, cipher.open(alice, old, PURPOSE));
        assertArrayEquals(RESULT, cipher.open(alice, fresh, PURPOSE));
    }

    @Test
    void resealingMovesOldDataToTheActiveVersion() {
        byte[] old = cipher.seal(alice, RESULT, PURPOSE);
        keys.rotate(alice);

        byte[] resealed = cipher.reseal(alice, old, PURPOSE);

        assertEquals(2, HealthDataCipher.keyVersionOf(resealed));
        assertArrayEquals(RESULT, cipher.open(alice, resealed, PURPOSE));
        assertSame(resealed, cipher.reseal(alice, resealed, PURPOSE));
        assertThrows(UnreadableHealthDataException.class, () -> cipher.reseal(alice, resealed, "other.purpose"));
    }

    @Test
    void shreddingThePatientsKeysMakesTheirDataUnreadable() {
        byte[] sealed = cipher.seal(alice, RESULT, PURPOSE);
        byte[] bobs = cipher.seal(bob, RESULT, PURPOSE);
        keys.rotate(alice);
        byte[] sealedLater = cipher.seal(alice, RESULT, PURPOSE);

        assertEquals(2, keys.shred(alice));

        assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, sealed, PURPOSE));
        assertThrows(UnreadableHealthDataException.class, () -> cipher.open(alice, sealedLater, PURPOSE));
        assertArrayEquals(RESULT, cipher.open(bob, bobs, PURPOSE));
    }

    @Test
    void aPatientsFirstSealingIssuesTheirKeyOnce() {
        cipher.seal(alice, RESULT, PURPOSE);
        cipher.seal(alice, RESULT, PURPOSE);
        cipher.blindIndex(alice, "x");

        assertEquals(1, cipher.activeKeyVersion(alice));
        assertNotEquals(cipher.blindIndex(alice, "x"), cipher.blindIndex(bob, "x"));
    }
}

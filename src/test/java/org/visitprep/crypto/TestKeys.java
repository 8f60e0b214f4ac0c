package org.visitprep.crypto;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Master keys and settings for tests: random, never the dev-only demo key. */
final class TestKeys {

    static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {}

    /** Base64 of 32 fresh random bytes, as an operator would configure. */
    static String randomMasterKeyValue() {
        byte[] material = new byte[MasterKey.LENGTH];
        RANDOM.nextBytes(material);
        return Base64.getEncoder().encodeToString(material);
    }

    /** A keyring with one fresh random current key of the given id. */
    static MasterKeyring ringWithNewKey(String id) {
        return ring(Map.of(MasterKeyring.MASTER_KEY_ID, id, MasterKeyring.MASTER_KEY, randomMasterKeyValue()));
    }

    static MasterKeyring ring(Map<String, String> settings) {
        return MasterKeyring.fromSettings(name -> Optional.ofNullable(settings.get(name)));
    }

    /** Settings with the given current key and previous keys. */
    static Map<String, String> settings(String id, String value, String previous) {
        Map<String, String> settings = new HashMap<>();
        settings.put(MasterKeyring.MASTER_KEY_ID, id);
        settings.put(MasterKeyring.MASTER_KEY, value);
        if (previous != null) {
            settings.put(MasterKeyring.PREVIOUS_MASTER_KEYS, previous);
        }
        return settings;
    }

    /** Patient keys kept in memory, with a cache of their own. */
    static PatientKeys inMemoryKeys(MasterKeyring ring) {
        return new PatientKeys(new InMemoryPatientDataKeys(), ring, new DataKeyCache(), RANDOM);
    }

    /** Whether any 8-byte run of {@code needle} appears in {@code haystack}. */
    static boolean sharesAnyEightBytes(byte[] haystack, byte[] needle) {
        if (needle.length < 8 || haystack.length < 8) {
            return false;
        }
        Set<Long> windows = new HashSet<>();
        ByteBuffer needleBuffer = ByteBuffer.wrap(needle);
        for (int i = 0; i + 8 <= needle.length; i++) {
            windows.add(needleBuffer.getLong(i));
        }
        ByteBuffer haystackBuffer = ByteBuffer.wrap(haystack);
        for (int i = 0; i + 8 <= haystack.length; i++) {
            if (windows.contains(haystackBuffer.getLong(i))) {
                return true;
            }
        }
        return false;
    }
}

package org.visitprep.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterKeyringTest {

    private static MasterKeyConfigurationException refused(Map<String, String> settings) {
        return assertThrows(MasterKeyConfigurationException.class, () -> TestKeys.ring(settings));
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' missing from: " + message);
        }
    }

    @Test
    void readsTheCurrentKeyAndItsId() {
        MasterKeyring ring = TestKeys.ringWithNewKey("2026-11");

        assertEquals("2026-11", ring.current().id());
        assertEquals(List.of("2026-11"), ring.ids());
        assertFalse(ring.usesDevOnlyKey());
    }

    @Test
    void aMissingKeyNamesTheSettingItsVariableAndTheDevAlternative() {
        var error = refused(Map.of());

        assertMentions(
                error.getMessage(),
                "visitprep.crypto.master-key",
                "VISITPREP_CRYPTO_MASTER_KEY",
                "visitprep.crypto.master-key-id",
                "visitprep.crypto.dev-key=true",
                "openssl rand -base64 32");
    }

    @Test
    void anEmptyKeyCountsAsMissing() {
        var error = refused(TestKeys.settings("main", "  ", null));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key is not", "VISITPREP_CRYPTO_MASTER_KEY");
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedWithoutEchoingIt() {
        String value = "this-is-not*base64!secret";
        var error = refused(TestKeys.settings("main", value, null));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key", "not valid base64");
        assertFalse(error.getMessage().contains(value), error.getMessage());
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
        byte[] sixteen = new byte[16];
        TestKeys.RANDOM.nextBytes(sixteen);
        String value = Base64.getEncoder().encodeToString(sixteen);
        var error = refused(TestKeys.settings("main", value, null));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key", "decodes to 16 bytes, not 32");
        assertFalse(error.getMessage().contains(value), error.getMessage());
    }

    @Test
    void aPlaceholderKeyIsRefused() {
        String zeros = Base64.getEncoder().encodeToString(new byte[32]);
        var error = refused(TestKeys.settings("main", zeros, null));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key", "placeholder");
    }

    @Test
    void aKeyNeedsAnId() {
        String value = TestKeys.randomMasterKeyValue();
        var error = refused(Map.of(MasterKeyring.MASTER_KEY, value));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key-id", "VISITPREP_CRYPTO_MASTER_KEY_ID");
        assertFalse(error.getMessage().contains(value), error.getMessage());
    }

    @Test
    void anIdOfOddCharactersIsRefusedWithoutEchoingIt() {
        var error = refused(TestKeys.settings("key id with spaces", TestKeys.randomMasterKeyValue(), null));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key-id", "1 to 64 letters");
        assertFalse(error.getMessage().contains("key id with spaces"), error.getMessage());
    }

    @Test
    void anIdWithoutAKeyIsRefused() {
        var error = refused(Map.of(MasterKeyring.MASTER_KEY_ID, "main"));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key-id is set but visitprep.crypto.master-key");
    }

    @Test
    void theDevOnlyKeyIsUsedOnlyWhenExplicitlyEnabled() {
        MasterKeyring ring = TestKeys.ring(Map.of(MasterKeyring.DEV_KEY, "true"));

        assertEquals(DevOnlyMasterKey.ID, ring.current().id());
        assertTrue(ring.usesDevOnlyKey());
        assertThrows(
                MasterKeyConfigurationException.class, () -> TestKeys.ring(Map.of(MasterKeyring.DEV_KEY, "false")));
    }

    @Test
    void theDevOnlyKeyAndARealKeyTogetherAreRefused() {
        var settings = TestKeys.settings("main", TestKeys.randomMasterKeyValue(), null);
        settings.put(MasterKeyring.DEV_KEY, "true");

        assertMentions(refused(settings).getMessage(), "visitprep.crypto.dev-key", "VISITPREP_CRYPTO_DEV_KEY");
    }

    @Test
    void theDevKeySwitchIsTrueOrFalse() {
        var error = refused(Map.of(MasterKeyring.DEV_KEY, "yes"));

        assertMentions(error.getMessage(), "visitprep.crypto.dev-key", "true or false");
    }

    @Test
    void theDemoValueIsRefusedAsARealKey() {
        var error = refused(TestKeys.settings("prod", DevOnlyMasterKey.DEMO_VALUE, null));

        assertMentions(error.getMessage(), "visitprep.crypto.master-key", "dev-only demo key");
    }

    @Test
    void previousKeysUnwrapButTheCurrentOneWraps() {
        String previous = "2026-05:" + TestKeys.randomMasterKeyValue() + ", 2025-11:" + TestKeys.randomMasterKeyValue();
        MasterKeyring ring = TestKeys.ring(TestKeys.settings("2026-11", TestKeys.randomMasterKeyValue(), previous));

        assertEquals("2026-11", ring.current().id());
        assertEquals(List.of("2026-11", "2026-05", "2025-11"), ring.ids());
        assertTrue(ring.byId("2025-11").isPresent());
        assertTrue(ring.byId("2024-01").isEmpty());
    }

    @Test
    void aMalformedPreviousKeyNamesTheSettingAndEntryWithoutEchoingIt() {
        String value = TestKeys.randomMasterKeyValue();
        String previous = "2026-05:" + TestKeys.randomMasterKeyValue() + "," + value;
        var error = refused(TestKeys.settings("2026-11", TestKeys.randomMasterKeyValue(), previous));

        assertMentions(
                error.getMessage(),
                "visitprep.crypto.previous-master-keys",
                "VISITPREP_CRYPTO_PREVIOUS_MASTER_KEYS",
                "entry 2 of 2",
                "id:base64");
        assertFalse(error.getMessage().contains(value), error.getMessage());
    }

    @Test
    void aPreviousKeyCannotReuseAnId() {
        String previous = "2026-11:" + TestKeys.randomMasterKeyValue();
        var error = refused(TestKeys.settings("2026-11", TestKeys.randomMasterKeyValue(), previous));

        assertMentions(error.getMessage(), "visitprep.crypto.previous-master-keys", "its own id");
    }

    @Test
    void printsIdsButNoKeyMaterial() {
        String value = TestKeys.randomMasterKeyValue();
        MasterKeyring ring = TestKeys.ring(TestKeys.settings("main", value, null));

        assertEquals("MasterKeyring[current=main, all=[main]]", ring.toString());
        assertEquals("MasterKey[main]", ring.current().toString());
    }
}

package org.visitprep.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The master keys the application holds: the current one, which wraps every new or re-wrapped data key, and the
 * previous ones, kept only to unwrap data keys until a master-key rotation has re-wrapped them all.
 *
 * <p>Read from MicroProfile Config:
 * <ul>
 *   <li>{@value #MASTER_KEY} ({@code VISITPREP_CRYPTO_MASTER_KEY}): the current key, base64 of 32 random bytes;</li>
 *   <li>{@value #MASTER_KEY_ID} ({@code VISITPREP_CRYPTO_MASTER_KEY_ID}): its id, stored with each wrapped data key;
 *   </li>
 *   <li>{@value #PREVIOUS_MASTER_KEYS} ({@code VISITPREP_CRYPTO_PREVIOUS_MASTER_KEYS}), optional:
 *   {@code id:base64,id:base64}, the keys being rotated away from;</li>
 *   <li>{@value #DEV_KEY} ({@code VISITPREP_CRYPTO_DEV_KEY}), optional: {@code true} to use the published
 *   {@link DevOnlyMasterKey} when no master key is set, for a developer machine or the demo only.</li>
 * </ul>
 * To rotate: move the current id and key into the previous keys, configure a new current key, restart, run
 * {@link PatientKeyService#rotateMasterKey()}, then drop the previous keys.
 */
public final class MasterKeyring {

    public static final String MASTER_KEY = "visitprep.crypto.master-key";
    public static final String MASTER_KEY_ID = "visitprep.crypto.master-key-id";
    public static final String PREVIOUS_MASTER_KEYS = "visitprep.crypto.previous-master-keys";
    public static final String DEV_KEY = "visitprep.crypto.dev-key";

    private static final String HOW_TO_GENERATE = "generate one with `openssl rand -base64 32`";

    private final MasterKey current;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    MasterKeyring(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        byId.put(current.id(), current);
        for (MasterKey key : previous) {
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw new MasterKeyConfigurationException(PREVIOUS_MASTER_KEYS + " ("
                        + environmentName(PREVIOUS_MASTER_KEYS) + ") names a master key id twice, or the id of the"
                        + " current key in " + MASTER_KEY_ID + ": each master key needs its own id");
            }
        }
    }

    /** Reads the master keys from MicroProfile Config. */
    public static MasterKeyring from(Config config) {
        return fromSettings(name -> config.getOptionalValue(name, String.class));
    }

    /**
     * Reads the master keys from settings looked up by name.
     *
     * @throws MasterKeyConfigurationException naming the setting that is missing or malformed
     */
    public static MasterKeyring fromSettings(Function<String, Optional<String>> settings) {
        Function<String, Optional<String>> present =
                name -> settings.apply(name).map(String::strip).filter(value -> !value.isEmpty());
        boolean devKey = devKeyEnabled(present.apply(DEV_KEY));
        Optional<String> keyValue = present.apply(MASTER_KEY);
        Optional<String> keyId = present.apply(MASTER_KEY_ID);
        List<MasterKey> previous = previousKeys(present.apply(PREVIOUS_MASTER_KEYS));

        if (keyValue.isEmpty() && keyId.isPresent()) {
            throw missing(MASTER_KEY_ID + " is set but " + MASTER_KEY + " is not. ");
        }
        if (devKey && keyValue.isPresent()) {
            throw new MasterKeyConfigurationException(MASTER_KEY + " is set and so is " + DEV_KEY
                    + "=true: with a real master key, remove " + DEV_KEY + " (" + environmentName(DEV_KEY) + ")");
        }
        if (devKey) {
            return new MasterKeyring(devOnlyKey(), previous);
        }
        if (keyValue.isEmpty()) {
            throw missing("No master key is configured. ");
        }
        String id = keyId.orElseThrow(() -> new MasterKeyConfigurationException(MASTER_KEY_ID + " ("
                + environmentName(MASTER_KEY_ID) + ") must name the key in " + MASTER_KEY
                + ": every wrapped data key records it, so that a rotation can tell new keys from old (e.g. 2026-11)"));
        if (!MasterKey.isValidId(id)) {
            throw new MasterKeyConfigurationException(MASTER_KEY_ID + " (" + environmentName(MASTER_KEY_ID)
                    + ") must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        byte[] material = decode(keyValue.get(), MASTER_KEY);
        try {
            if (devOnlyKey().hasMaterial(material)) {
                throw new MasterKeyConfigurationException(MASTER_KEY + " (" + environmentName(MASTER_KEY)
                        + ") holds the published dev-only demo key: " + HOW_TO_GENERATE);
            }
            return new MasterKeyring(new MasterKey(id, material), previous);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static boolean devKeyEnabled(Optional<String> value) {
        return switch (value.orElse("false").toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new MasterKeyConfigurationException(
                        DEV_KEY + " (" + environmentName(DEV_KEY) + ") must be true or false");
        };
    }

    private static MasterKeyConfigurationException missing(String what) {
        return new MasterKeyConfigurationException(what + "Set " + MASTER_KEY + " (" + environmentName(MASTER_KEY)
                + ") to the base64 of 32 random bytes (" + HOW_TO_GENERATE + ") and " + MASTER_KEY_ID + " ("
                + environmentName(MASTER_KEY_ID) + ") to a name for it. On a developer machine only, " + DEV_KEY
                + "=true uses the published dev-only demo key instead.");
    }

    private static List<MasterKey> previousKeys(Optional<String> value) {
        List<MasterKey> keys = new ArrayList<>();
        if (value.isEmpty()) {
            return keys;
        }
        String[] entries = value.get().split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String where = PREVIOUS_MASTER_KEYS + " (" + environmentName(PREVIOUS_MASTER_KEYS) + "), entry " + (i + 1)
                    + " of " + entries.length;
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new MasterKeyConfigurationException(where + ", must be written id:base64");
            }
            String id = entry.substring(0, colon).strip();
            if (!MasterKey.isValidId(id)) {
                throw new MasterKeyConfigurationException(
                        where + ", must start with an id of 1 to 64 letters, digits, '.', '_' or '-', then ':'");
            }
            byte[] material = decode(entry.substring(colon + 1), where);
            try {
                keys.add(new MasterKey(id, material));
            } finally {
                Arrays.fill(material, (byte) 0);
            }
        }
        return keys;
    }

    private static byte[] decode(String base64, String where) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new MasterKeyConfigurationException(where + " is not valid base64: it must be the base64 of "
                    + MasterKey.LENGTH + " random bytes; " + HOW_TO_GENERATE);
        }
        if (material.length != MasterKey.LENGTH) {
            int length = material.length;
            Arrays.fill(material, (byte) 0);
            throw new MasterKeyConfigurationException(where + " decodes to " + length + " bytes, not "
                    + MasterKey.LENGTH + ": it must be the base64 of " + MasterKey.LENGTH + " random bytes; "
                    + HOW_TO_GENERATE);
        }
        if (everyByteTheSame(material)) {
            Arrays.fill(material, (byte) 0);
            throw new MasterKeyConfigurationException(
                    where + " is a placeholder, not a random key (every byte is the same); " + HOW_TO_GENERATE);
        }
        return material;
    }

    private static boolean everyByteTheSame(byte[] material) {
        for (byte b : material) {
            if (b != material[0]) {
                return false;
            }
        }
        return true;
    }

    private static MasterKey devOnlyKey() {
        byte[] material = Base64.getDecoder().decode(DevOnlyMasterKey.DEMO_VALUE);
        try {
            return new MasterKey(DevOnlyMasterKey.ID, material);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** The environment variable MicroProfile Config reads for a setting. */
    static String environmentName(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The key that wraps new and re-wrapped data keys. */
    public MasterKey current() {
        return current;
    }

    /** The master key of the given id, current or previous. */
    public Optional<MasterKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of all keys held, the current one first. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public boolean usesDevOnlyKey() {
        return current.id().equals(DevOnlyMasterKey.ID);
    }

    /** Names the keys by id only. */
    @Override
    public String toString() {
        return "MasterKeyring[current=" + current.id() + ", all=" + byId.keySet() + "]";
    }
}

package org.visitprep.summary.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fact ids: "F" and the first hex digits of the SHA-256 of what the fact is about (its kind and the entries or
 * words it rests on), so the same fact keeps its id from one draft to the next and ids say nothing themselves.
 */
final class FactIds {

    private static final int HEX_DIGITS = 8;

    private FactIds() {}

    static String of(String kind, Object... parts) {
        StringBuilder content = new StringBuilder(kind);
        for (Object part : parts) {
            content.append('\u001f').append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return "F" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

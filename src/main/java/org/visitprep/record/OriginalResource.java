package org.visitprep.record;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The resource as it came, kept so a sentence can be traced back to it. Always FHIR JSON in UTF-8:
 * <ul>
 *   <li>{@link Representation#AS_RECEIVED}: the exact bytes of the resource in the imported JSON file;</li>
 *   <li>{@link Representation#FROM_XML}: the resource came as FHIR XML, kept as HAPI's JSON encoding of it, which
 *       FHIR defines as an equivalent representation (http://hl7.org/fhir/R4/formats.html); the file's SHA-256 in
 *       the import result ties it to the XML received;</li>
 *   <li>{@link Representation#GENERATED}: VisitPrep built the resource from a non-FHIR source (Apple Health,
 *       a nutrition diary), so this JSON is the first FHIR form of it.</li>
 * </ul>
 */
public final class OriginalResource {

    /** How the kept bytes relate to what was received. */
    public enum Representation {
        AS_RECEIVED,
        FROM_XML,
        GENERATED
    }

    private final byte[] json;
    private final Representation representation;

    private OriginalResource(byte[] json, Representation representation) {
        this.json = json;
        this.representation = Objects.requireNonNull(representation);
    }

    public static OriginalResource copyOf(byte[] json, Representation representation) {
        return new OriginalResource(json.clone(), representation);
    }

    /** Takes the array without copying: for importers that hand over a fresh array and never touch it again. */
    public static OriginalResource wrap(byte[] json, Representation representation) {
        return new OriginalResource(json, representation);
    }

    public byte[] json() {
        return json.clone();
    }

    public InputStream openStream() {
        return new ByteArrayInputStream(json);
    }

    public String asText() {
        return new String(json, StandardCharsets.UTF_8);
    }

    public int size() {
        return json.length;
    }

    public Representation representation() {
        return representation;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OriginalResource that
                && representation == that.representation
                && Arrays.equals(json, that.json);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return "OriginalResource[" + representation + ", " + json.length + " bytes]";
    }
}

package org.visitprep.record.fhir;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.visitprep.record.EntryIdentity;

/**
 * Decides what identifies an imported resource across imports (see {@link EntryIdentity}):
 * <ol>
 *   <li>a {@code urn:uuid:} or {@code urn:oid:} fullUrl is globally unique by definition
 *       (http://hl7.org/fhir/R4/bundle.html#bundle-unique): system {@code urn:uuid}, id the UUID;</li>
 *   <li>so is a resource id that is itself a UUID (RFC 9562), whichever server serves it: system {@code urn:uuid},
 *       id the UUID. A record uploaded as a file and then pulled from the EHR that keeps the same ids (Synthea's, as
 *       many test EHRs do) is one record, not two;</li>
 *   <li>an absolute http(s) fullUrl names its server: system the server's base, id the resource id;</li>
 *   <li>a source known to the caller (an EHR connection) vouches for its ids: system that source;</li>
 *   <li>otherwise an id such as {@code example} means nothing beyond the file, and two files may reuse it for
 *       different things: the identity is the SHA-256 of the resource's bytes, so the same file imported twice
 *       still creates no duplicate, and no resource silently replaces another.</li>
 * </ol>
 */
final class EntryIdentities {

    private static final String URN_UUID = "urn:uuid";
    private static final String URN_OID = "urn:oid";
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private EntryIdentities() {}

    static EntryIdentity of(
            String fullUrl, String resourceType, String id, String sourceSystem, Supplier<byte[]> content) {
        if (fullUrl != null && fullUrl.startsWith(URN_UUID + ":")) {
            return byUuid(resourceType, fullUrl.substring(URN_UUID.length() + 1));
        }
        if (fullUrl != null && fullUrl.startsWith(URN_OID + ":")) {
            return new EntryIdentity(URN_OID, resourceType, fullUrl.substring(URN_OID.length() + 1));
        }
        if (id != null && UUID_FORM.matcher(id).matches()) {
            return byUuid(resourceType, id);
        }
        if (fullUrl != null && id != null && (fullUrl.startsWith("http://") || fullUrl.startsWith("https://"))) {
            String tail = "/" + resourceType + "/" + id;
            int at = fullUrl.indexOf(tail);
            String base = at > 0 ? fullUrl.substring(0, at) : fullUrl;
            return new EntryIdentity(base, resourceType, id);
        }
        if (sourceSystem != null && id != null) {
            return new EntryIdentity(sourceSystem, resourceType, id);
        }
        return EntryIdentity.ofContentHash(resourceType, sha256(content.get()));
    }

    /** UUIDs compare without regard to case (RFC 9562), so they are kept in lower case. */
    private static EntryIdentity byUuid(String resourceType, String uuid) {
        return new EntryIdentity(URN_UUID, resourceType, uuid.toLowerCase(Locale.ROOT));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

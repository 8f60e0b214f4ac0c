package org.visitprep.record;

import java.util.Objects;

/**
 * What makes an entry the same entry when it is imported again, so a second import of the same data creates no
 * duplicate: the source system, the resource type and the source's id for it; or, when the source gives no id that
 * is stable beyond the file, the SHA-256 of the resource's content ({@code system} is then {@value #CONTENT_HASH}).
 *
 * <p>Two entries with the same key are the same fact; the later import may carry a newer value of it (a daily total
 * that grew), which the storage layer takes in place of the older one.
 */
public record EntryIdentity(String system, String resourceType, String id) {

    /** The {@code system} of identities made from a content hash. */
    public static final String CONTENT_HASH = "sha256";

    public EntryIdentity {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(id, "id");
    }

    public static EntryIdentity ofContentHash(String resourceType, String sha256Hex) {
        return new EntryIdentity(CONTENT_HASH, resourceType, sha256Hex);
    }

    /** One string for a unique index: {@code system|resourceType|id}. */
    public String key() {
        return system + '|' + resourceType + '|' + id;
    }
}

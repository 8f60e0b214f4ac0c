package org.visitprep.record;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored entry's original resource read in bulk, for features that need the whole resource of many entries at once
 * (a year of claims): the entry's id (what a citation names), its kind, the start of its effective time (or null)
 * and the resource as FHIR JSON.
 */
public record EntryOriginal(UUID entryId, EntryKind kind, Instant effectiveStart, String json) {

    public EntryOriginal {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(json, "json");
    }
}

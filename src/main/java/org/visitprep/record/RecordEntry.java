package org.visitprep.record;

import java.util.List;
import java.util.Objects;

/**
 * One imported resource, normalized.
 *
 * @param identity what makes it the same entry on a later import (see {@link EntryIdentity})
 * @param resourceType the FHIR resource type, e.g. {@code Observation}
 * @param resourceId the source's id of the resource, or null when it had none
 * @param fullUrl the bundle entry's {@code fullUrl}, or null for a single resource or an entry without one
 * @param kind what it is about
 * @param effective when it happened, or null when the source does not say
 * @param detail what is specific to its kind
 * @param references the references it makes to other resources (subject, encounter, results...)
 * @param original the resource as it came, as FHIR JSON
 */
public record RecordEntry(
        EntryIdentity identity,
        String resourceType,
        String resourceId,
        String fullUrl,
        EntryKind kind,
        EffectiveTime effective,
        EntryDetail detail,
        List<ResourceReference> references,
        OriginalResource original) {

    public RecordEntry {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(original, "original");
        references = List.copyOf(references);
    }

    public RecordEntry withDetail(EntryDetail replacement) {
        return new RecordEntry(
                identity, resourceType, resourceId, fullUrl, kind, effective, replacement, references, original);
    }

    /** Whether the reference (as another resource wrote it) points at this entry. */
    public boolean isReferencedBy(String reference) {
        return reference != null
                && (reference.equals(fullUrl)
                        || (resourceId != null && reference.equals(resourceType + "/" + resourceId))
                        || (resourceId != null
                                && fullUrl != null
                                && reference.endsWith("/" + resourceType + "/" + resourceId)));
    }
}

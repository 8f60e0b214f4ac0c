package org.visitprep.record;

import java.util.Objects;
import java.util.UUID;

/**
 * An entry as the patient's stored record holds it: the normalized entry's kind, time and detail, with the stored
 * id that citations point to, and where it came from. The original resource is fetched separately
 * ({@link PatientRecord#original(UUID)}) so that lists and the summarizer never carry it.
 *
 * @param id the stored entry's id; a citation names it
 * @param resourceType the FHIR resource type
 * @param kind what it is about
 * @param effective when it happened, or null
 * @param detail what is specific to its kind
 * @param source a label for where it came from, e.g. "FHIR file labs.json" or "Sandbox Clinic EHR"
 */
public record StoredEntry(
        UUID id, String resourceType, EntryKind kind, EffectiveTime effective, EntryDetail detail, String source) {

    public StoredEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The observation detail, for entries of kind {@link EntryKind#OBSERVATION}. */
    public ObservationDetail observation() {
        return (ObservationDetail) detail;
    }
}

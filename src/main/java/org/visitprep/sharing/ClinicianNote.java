package org.visitprep.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a clinician marked about the discussion of a shared summary, for the patient to read: the items discussed and
 * a short note.
 */
public record ClinicianNote(
        UUID clinicianId, String clinicianName, Instant at, List<DiscussedItem> discussed, String note) {

    public static final int LONGEST_NOTE = 500;

    public ClinicianNote {
        Objects.requireNonNull(clinicianId, "clinicianId");
        clinicianName = clinicianName == null ? "" : clinicianName;
        Objects.requireNonNull(at, "at");
        discussed = discussed == null ? List.of() : List.copyOf(discussed);
        note = note == null ? "" : note.strip();
    }
}

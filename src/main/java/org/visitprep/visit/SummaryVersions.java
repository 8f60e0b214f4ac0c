package org.visitprep.visit;

import java.util.Optional;
import java.util.UUID;

/** The versions of the visits' summaries. */
public interface SummaryVersions {

    Optional<SummaryVersion> byId(UUID versionId);

    /** The number the visit's next summary version takes. */
    int nextNumber(UUID visitId);

    void add(SummaryVersion version);

    /** Deletes a draft that a newer draft or an approved version replaced; approved versions are never deleted. */
    void removeDraft(SummaryVersion draft);
}

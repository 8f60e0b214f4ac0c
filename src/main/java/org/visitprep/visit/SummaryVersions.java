package org.visitprep.visit;

import java.util.Optional;
import java.util.UUID;

/** The versions of the visits' summaries. */
public interface SummaryVersions {

    Optional<SummaryVersion> byId(UUID versionId);

    /** The visit's draft under review, if it has one. */
    Optional<SummaryVersion> draftOf(UUID visitId);

    /** The version of the visit that the patient approved, if they did. */
    Optional<SummaryVersion> approvedOf(UUID visitId);

    /** The number the visit's next summary version takes. */
    int nextNumber(UUID visitId);

    void add(SummaryVersion version);

    /** Deletes a draft that a newer draft or an approved version replaced; approved versions are never deleted. */
    void removeDraft(SummaryVersion draft);

    /**
     * Keeps the sealed review of an approved version, unless one is kept already (two first readers compute the same
     * review; the first kept stays).
     */
    void keepReview(UUID versionId, byte[] sealedReview);
}

package org.visitprep.visit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The patients' visit preparations. */
public interface VisitPreparations {

    Optional<VisitPreparation> byId(UUID visitId);

    /** The visit, if it is this patient's. */
    default Optional<VisitPreparation> ofPatient(UUID patientId, UUID visitId) {
        return byId(visitId).filter(visit -> visit.patientId().equals(patientId));
    }

    /** The patient's visits with an appointment at or after the given time, soonest first. */
    List<VisitPreparation> ofPatientFrom(UUID patientId, Instant from);

    /** The patient's visits with an appointment before the given time, latest first. */
    List<VisitPreparation> ofPatientBefore(UUID patientId, Instant before);

    void add(VisitPreparation visit);

    /**
     * Claims the generation of the visit's summary in one conditional update: succeeds only when the visit is the
     * patient's, still editable, and no generation started after {@code staleBefore} holds it.
     *
     * @return whether the claim is now the caller's, under the given token
     */
    boolean claimGeneration(UUID patientId, UUID visitId, UUID token, Instant now, Instant staleBefore);
}

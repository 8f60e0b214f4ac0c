package org.visitprep.record;

import java.util.List;

/**
 * An allergy or intolerance: the substance, criticality, clinical and verification status (unconfirmed, confirmed,
 * refuted, entered-in-error), and the reactions recorded.
 */
public record AllergyDetail(
        Concept substance,
        String criticality,
        String clinicalStatus,
        List<Reaction> reactions,
        String verificationStatus)
        implements EntryDetail {

    public AllergyDetail {
        reactions = List.copyOf(reactions);
    }

    /** An allergy whose verification status is not known (or one stored before VisitPrep kept it). */
    public AllergyDetail(Concept substance, String criticality, String clinicalStatus, List<Reaction> reactions) {
        this(substance, criticality, clinicalStatus, reactions, null);
    }

    /** One reaction: what showed (manifestations) and how severe it was. */
    public record Reaction(List<Concept> manifestations, String severity) {
        public Reaction {
            manifestations = List.copyOf(manifestations);
        }
    }
}

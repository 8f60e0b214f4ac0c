package org.visitprep.record;

import java.util.List;

/** An allergy or intolerance: the substance, criticality, clinical status and the reactions recorded. */
public record AllergyDetail(Concept substance, String criticality, String clinicalStatus, List<Reaction> reactions)
        implements EntryDetail {

    public AllergyDetail {
        reactions = List.copyOf(reactions);
    }

    /** One reaction: what showed (manifestations) and how severe it was. */
    public record Reaction(List<Concept> manifestations, String severity) {
        public Reaction {
            manifestations = List.copyOf(manifestations);
        }
    }
}

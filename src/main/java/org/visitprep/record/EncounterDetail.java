package org.visitprep.record;

import java.util.List;

/**
 * A visit or stay: its types, its class (HL7 v3 ActCode {@code AMB}, {@code EMER}, {@code IMP}, ...), status,
 * period and the reasons given for it.
 */
public record EncounterDetail(
        List<Concept> types, Coding encounterClass, String status, EffectiveTime period, List<Concept> reasons)
        implements EntryDetail {

    public EncounterDetail {
        types = List.copyOf(types);
        reasons = List.copyOf(reasons);
    }
}

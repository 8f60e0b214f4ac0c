package org.visitprep.summary.facts;

import java.util.Optional;
import java.util.Set;

/**
 * The encounters the summary reports, by their class in HL7 v3 ActCode
 * (http://terminology.hl7.org/CodeSystem/v3-ActCode): {@code EMER} emergency; {@code IMP} inpatient, {@code ACUTE}
 * inpatient acute, {@code NONAC} inpatient non-acute, {@code SS} short stay, {@code OBSENC} observation encounter.
 */
public enum EncounterSetting {
    EMERGENCY,
    HOSPITAL_STAY;

    private static final Set<String> HOSPITAL = Set.of("IMP", "ACUTE", "NONAC", "SS", "OBSENC");

    public static Optional<EncounterSetting> ofClass(String actCode) {
        if ("EMER".equals(actCode)) {
            return Optional.of(EMERGENCY);
        }
        return HOSPITAL.contains(actCode) ? Optional.of(HOSPITAL_STAY) : Optional.empty();
    }
}

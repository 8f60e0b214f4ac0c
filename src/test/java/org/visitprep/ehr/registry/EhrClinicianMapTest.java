package org.visitprep.ehr.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EhrClinicianMapTest {

    private final Map<String, String> settings = new java.util.HashMap<>(Map.of(
            "visitprep.ehr.keys", "north,south",
            "visitprep.ehr.north.iss", "https://north.example/fhir",
            "visitprep.ehr.north.client-id", "portal",
            "visitprep.ehr.north.client-secret", "s",
            "visitprep.ehr.south.iss", "https://south.example/fhir",
            "visitprep.ehr.south.client-id", "portal",
            "visitprep.ehr.south.client-secret", "s",
            "visitprep.ehr.north.clinicians", " Practitioner/bob = subject-bob ,Practitioner/carol=subject-carol,"));

    private EhrClinicianMap map() {
        RegisteredEhrs ehrs = RegisteredEhrs.fromSettings(name -> Optional.ofNullable(settings.get(name)));
        return EhrClinicianMap.fromSettings(name -> Optional.ofNullable(settings.get(name)), ehrs);
    }

    private RegisteredEhr ehr(String iss) {
        return RegisteredEhrs.fromSettings(name -> Optional.ofNullable(settings.get(name)))
                .byIss(iss)
                .orElseThrow();
    }

    @Test
    void aListedEhrUserIsTheirPortalClinicianWhetherNamedRelativeOrAbsolute() {
        EhrClinicianMap map = map();
        RegisteredEhr north = ehr("https://north.example/fhir");

        assertEquals(Optional.of("subject-bob"), map.subjectOf(north, "Practitioner/bob"));
        assertEquals(
                Optional.of("subject-carol"), map.subjectOf(north, "https://north.example/fhir/Practitioner/carol"));
    }

    @Test
    void anUnlistedUserAnotherEhrsUserOrAPatientIsNoOne() {
        EhrClinicianMap map = map();

        assertEquals(Optional.empty(), map.subjectOf(ehr("https://north.example/fhir"), "Practitioner/dave"));
        assertEquals(Optional.empty(), map.subjectOf(ehr("https://north.example/fhir"), "Patient/bob"));
        assertEquals(Optional.empty(), map.subjectOf(ehr("https://south.example/fhir"), "Practitioner/bob"));
        assertEquals(
                Optional.empty(),
                map.subjectOf(ehr("https://north.example/fhir"), "https://south.example/fhir/Practitioner/bob"));
        assertEquals(Optional.empty(), map.subjectOf(ehr("https://north.example/fhir"), null));
    }

    @Test
    void aMalformedListStopsTheStartWithItsSetting() {
        settings.put("visitprep.ehr.south.clinicians", "Practitioner/x");

        var refused = assertThrows(IllegalArgumentException.class, this::map);
        assertEquals(true, refused.getMessage().contains("visitprep.ehr.south.clinicians"));
    }
}

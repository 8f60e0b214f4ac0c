package org.visitprep.ehr.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisteredEhrsTest {

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("visitprep.ehr.keys", "general, north");
        settings.put("visitprep.ehr.general.iss", "https://ehr.general.example/fhir/");
        settings.put("visitprep.ehr.general.client-id", "visitprep-portal");
        settings.put("visitprep.ehr.general.client-secret", "general-secret-value");
        settings.put("visitprep.ehr.general.name", "General Hospital");
        settings.put("visitprep.ehr.general.organization", "Organization/general");
        settings.put("visitprep.ehr.north.iss", "https://north.example:8443/r4");
        settings.put("visitprep.ehr.north.client-id", "vp");
        settings.put("visitprep.ehr.north.client-secret", "north-secret-value");
        return settings;
    }

    private static RegisteredEhrs from(Map<String, String> settings) {
        return RegisteredEhrs.fromSettings(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void readsEachListedEhrFromItsSettings() {
        RegisteredEhrs ehrs = from(settings());

        assertEquals(2, ehrs.all().size());
        RegisteredEhr general = ehrs.byIss("https://ehr.general.example/fhir").orElseThrow();
        assertEquals("general", general.key());
        assertEquals("https://ehr.general.example/fhir", general.iss());
        assertEquals("visitprep-portal", general.clientId());
        assertEquals("General Hospital", general.name());
        assertEquals("Organization/general", general.organization());
        assertEquals("https://ehr.general.example", general.origin(), "the origin defaults to the iss's");
        RegisteredEhr north = ehrs.byIss("https://north.example:8443/r4").orElseThrow();
        assertEquals("https://north.example:8443/r4", north.name(), "the name defaults to the iss");
        assertEquals("https://north.example:8443", north.origin());
    }

    @Test
    void findsAnEhrByItsExactIssWithOrWithoutATrailingSlash() {
        RegisteredEhrs ehrs = from(settings());

        assertTrue(ehrs.byIss("https://ehr.general.example/fhir").isPresent());
        assertTrue(ehrs.byIss("https://ehr.general.example/fhir/").isPresent());
        assertTrue(ehrs.byIss(" https://ehr.general.example/fhir ").isPresent());
    }

    @Test
    void anyOtherIssIsUnknown() {
        RegisteredEhrs ehrs = from(settings());

        assertTrue(ehrs.byIss("https://EHR.general.example/fhir").isEmpty());
        assertTrue(ehrs.byIss("http://ehr.general.example/fhir").isEmpty());
        assertTrue(ehrs.byIss("https://ehr.general.example:443/fhir").isEmpty());
        assertTrue(ehrs.byIss("https://ehr.general.example/fhir/r4").isEmpty());
        assertTrue(ehrs.byIss("https://ehr.general.example.attacker.test/fhir").isEmpty());
        assertTrue(ehrs.byIss("https://ehr.general.example").isEmpty());
        assertTrue(ehrs.byIss("not a url at all").isEmpty());
        assertTrue(ehrs.byIss("javascript:alert(1)").isEmpty());
        assertTrue(ehrs.byIss("").isEmpty());
        assertTrue(ehrs.byIss(null).isEmpty());
    }

    @Test
    void aMissingSettingIsNamed() {
        Map<String, String> settings = settings();
        settings.remove("visitprep.ehr.north.client-secret");

        var error = assertThrows(IllegalArgumentException.class, () -> from(settings));

        assertTrue(error.getMessage().contains("visitprep.ehr.north.client-secret"), error.getMessage());
    }

    @Test
    void noKeysMeansNoEhrs() {
        assertTrue(RegisteredEhrs.fromSettings(name -> Optional.empty()).all().isEmpty());
    }

    @Test
    void twoEhrsWithOneIssAreRefused() {
        Map<String, String> settings = settings();
        settings.put("visitprep.ehr.north.iss", "https://ehr.general.example/fhir");

        assertThrows(IllegalArgumentException.class, () -> from(settings));
    }

    @Test
    void theSecretIsNeverPrinted() {
        RegisteredEhr general = from(settings()).all().getFirst();

        assertFalse(general.toString().contains("general-secret-value"), general.toString());
    }
}

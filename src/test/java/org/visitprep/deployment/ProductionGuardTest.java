package org.visitprep.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A production deployment refuses every dev-only demo value, naming the setting; dev lets them through. */
class ProductionGuardTest {

    private final Map<String, String> production = new HashMap<>(Map.of(
            "visitprep.oidc.provider-uri", "https://id.hospital.example/realms/visitprep",
            "visitprep.oidc.client-secret", "a-real-secret-from-the-vault",
            "visitprep.ehr.keys", "main",
            "visitprep.ehr.main.iss", "https://ehr.hospital.example/fhir",
            "visitprep.ehr.main.client-secret", "another-real-secret",
            "visitprep.ehr.main.clinicians", "Practitioner/42=0f0f0000-0000-4000-8000-00000000abcd"));

    private List<String> refusals(DeploymentProfile profile) {
        return ProductionGuard.refusals(profile, name -> Optional.ofNullable(production.get(name)));
    }

    @Test
    void aProperProductionSetupStarts() {
        assertEquals(List.of(), refusals(DeploymentProfile.PRODUCTION));
    }

    @Test
    void everyDevOnlyValueIsRefusedInProductionByTheNameOfItsSetting() {
        Map<String, String> dev = DevDefaults.published();
        production.putAll(Map.of(
                "visitprep.crypto.dev-key", "TRUE",
                "visitprep.oidc.client-secret", dev.get("visitprep.oidc.client-secret"),
                "visitprep.demo.patients-dir", "/tmp/demo",
                "visitprep.ehr.keys", "main, sandbox",
                "visitprep.ehr.main.client-secret", dev.get("visitprep.ehr.sandbox.client-secret"),
                "visitprep.ehr.main.clinicians", "Practitioner/x=b0b00000-0000-4000-8000-000000000002",
                "visitprep.ehr.sandbox.iss", dev.get("visitprep.ehr.sandbox.iss")));

        String refusals = String.join("\n", refusals(DeploymentProfile.PRODUCTION));

        for (String named : List.of(
                "VISITPREP_CRYPTO_DEV_KEY",
                "VISITPREP_OIDC_CLIENT_SECRET",
                "VISITPREP_DEMO_PATIENTS_DIR",
                "VISITPREP_EHR_MAIN_CLIENT_SECRET",
                "VISITPREP_EHR_MAIN_CLINICIANS",
                "VISITPREP_EHR_SANDBOX_ISS")) {
            assertTrue(refusals.contains(named), named + " in\n" + refusals);
        }
        assertFalse(refusals.contains(dev.get("visitprep.oidc.client-secret")), "a secret is never repeated");
        assertEquals(List.of(), refusals(DeploymentProfile.DEV), "the dev profile lets them through");
    }

    @Test
    void theDevelopmentRealmsAdministrationSecretIsRefusedInProduction() {
        String devSecret = DevDefaults.published().get("visitprep.admin.client-secret");
        production.put("visitprep.admin.client-secret", devSecret);

        String refusals = String.join("\n", refusals(DeploymentProfile.PRODUCTION));

        assertTrue(refusals.contains("VISITPREP_ADMIN_CLIENT_SECRET"), refusals);
        assertFalse(refusals.contains(devSecret), "a secret is never repeated");
    }

    @Test
    void missingSignInSettingsAndAnEhrOverPlainHttpAreRefused() {
        production.remove("visitprep.oidc.provider-uri");
        production.put("visitprep.oidc.client-secret", "  ");
        production.put("visitprep.ehr.main.iss", "http://ehr.hospital.example/fhir");

        String refusals = String.join("\n", refusals(DeploymentProfile.PRODUCTION));

        assertTrue(refusals.contains("VISITPREP_OIDC_PROVIDER_URI"), refusals);
        assertTrue(refusals.contains("VISITPREP_OIDC_CLIENT_SECRET (visitprep.oidc.client-secret) must be set"));
        assertTrue(refusals.contains("VISITPREP_EHR_MAIN_ISS (visitprep.ehr.main.iss) must be an https address"));
    }

    @Test
    void theProfileIsDevOrProductionAndNothingElse() {
        assertEquals(DeploymentProfile.PRODUCTION, DeploymentProfile.named(null));
        assertEquals(DeploymentProfile.PRODUCTION, DeploymentProfile.named(" "));
        assertEquals(DeploymentProfile.DEV, DeploymentProfile.named(" Dev "));
        IllegalArgumentException typo =
                assertThrows(IllegalArgumentException.class, () -> DeploymentProfile.named("develop"));
        assertTrue(typo.getMessage().contains("VISITPREP_PROFILE"));
    }

    @Test
    void theDevDefaultsAreReadOnlyInTheDevProfile() {
        assertEquals(
                "dev-only-visitprep-portal-secret",
                new DevDefaults(DeploymentProfile.DEV).getValue("visitprep.oidc.client-secret"));
        assertTrue(
                new DevDefaults(DeploymentProfile.PRODUCTION).getPropertyNames().isEmpty());
        assertTrue(new DevDefaults(DeploymentProfile.PRODUCTION).getOrdinal() < 100, "every other source wins");
    }
}

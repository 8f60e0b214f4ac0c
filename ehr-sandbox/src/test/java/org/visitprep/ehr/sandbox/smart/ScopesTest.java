package org.visitprep.ehr.sandbox.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.visitprep.ehr.sandbox.smart.Scopes.Interaction;

class ScopesTest {

    @Test
    void keepsOnlyReadAndSearchOfResourceScopes() {
        Scopes granted = Scopes.parse("openid fhirUser patient/*.cruds user/Observation.write user/*.read unknown")
                .grantedTo(SandboxUser.practitioner("drbob"));

        assertEquals("openid fhirUser patient/*.rs user/*.read", granted.toString());
    }

    @Test
    void readsV1AndV2Permissions() {
        Scopes scopes = Scopes.parse("patient/Observation.r user/*.read");

        assertTrue(scopes.permit("patient", "Observation", Interaction.READ));
        assertFalse(scopes.permit("patient", "Observation", Interaction.SEARCH));
        assertFalse(scopes.permit("patient", "Condition", Interaction.READ));
        assertTrue(scopes.permit("user", "Condition", Interaction.SEARCH));
    }

    @Test
    void givesUserScopesToPractitionersOnly() {
        Scopes asked = Scopes.parse("user/*.rs patient/*.rs");

        assertEquals("patient/*.rs", asked.grantedTo(SandboxUser.patient("p")).toString());
        assertEquals(
                "user/*.rs patient/*.rs",
                asked.grantedTo(SandboxUser.practitioner("drbob")).toString());
    }
}

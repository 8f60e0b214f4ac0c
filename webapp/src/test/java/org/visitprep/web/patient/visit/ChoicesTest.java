package org.visitprep.web.patient.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.sharing.Grantee;
import org.visitprep.visit.CareContact;

/** The values of the "with whom" and "share with" lists: ids only, and nothing for a value that names no one. */
class ChoicesTest {

    private static final UUID BOB = UUID.fromString("b0b00000-0000-4000-8000-000000000002");
    private static final List<CareContact> PRACTICES = List.of(CareContact.practice("riverside", "Riverside"));

    @Test
    void aClinicianAndAPracticeOfThePortalComeBackFromTheirKeys() {
        String bob = ContactChoice.keyOf(CareContact.clinician(BOB));
        String riverside = ContactChoice.keyOf(PRACTICES.getFirst());

        assertEquals(
                CareContact.clinician(BOB),
                ContactChoice.contactOf(bob, "", PRACTICES).orElseThrow());
        assertEquals(
                PRACTICES.getFirst(),
                ContactChoice.contactOf(riverside, "", PRACTICES).orElseThrow());
    }

    @Test
    void someoneElseIsAPracticeByTheNameTyped() {
        CareContact other = ContactChoice.contactOf(ContactChoice.OTHER, "Dr Who", PRACTICES)
                .orElseThrow();

        assertEquals(CareContact.practice(null, "Dr Who"), other);
        assertEquals(ContactChoice.OTHER, ContactChoice.keyOf(other));
    }

    @Test
    void aKeyThatNamesNoOneNamesNoOne() {
        assertTrue(ContactChoice.contactOf("practice:elsewhere", "", PRACTICES).isEmpty());
        assertTrue(ContactChoice.contactOf("clinician:not-an-id", "", PRACTICES).isEmpty());
        assertTrue(ContactChoice.contactOf("", "", PRACTICES).isEmpty());
        assertTrue(ContactChoice.contactOf(null, "", PRACTICES).isEmpty());
    }

    @Test
    void granteesComeBackFromTheirKeysAndNothingElseDoes() {
        Grantee bob = Grantee.clinician(BOB);
        Grantee riverside = Grantee.practice("riverside");

        assertEquals(bob, GranteeChoice.granteeOf(GranteeChoice.keyOf(bob)).orElseThrow());
        assertEquals(
                riverside,
                GranteeChoice.granteeOf(GranteeChoice.keyOf(riverside)).orElseThrow());
        Grantee ehr = Grantee.ehrOrganization("Organization/sandbox");
        assertEquals(ehr, GranteeChoice.granteeOf(GranteeChoice.keyOf(ehr)).orElseThrow());
        assertTrue(GranteeChoice.granteeOf("EHR_ORGANIZATION:").isEmpty());
        assertTrue(GranteeChoice.granteeOf("SOMEONE:sandbox").isEmpty());
        assertTrue(GranteeChoice.granteeOf("CLINICIAN:nobody").isEmpty());
        assertTrue(GranteeChoice.granteeOf("nonsense").isEmpty());
        assertTrue(GranteeChoice.granteeOf(null).isEmpty());
    }
}

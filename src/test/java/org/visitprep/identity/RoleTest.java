package org.visitprep.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void anAdministratorWhoIsAlsoAPatientIsNamedAdministrator() {
        assertEquals(Optional.of(Role.ADMIN), Role.primaryOf(List.of(Role.PATIENT, Role.ADMIN)));
    }

    @Test
    void someoneWithoutAVisitPrepRoleHasNoAccountRole() {
        assertTrue(Role.primaryOf(List.of()).isEmpty());
    }

    @Test
    void aSignInWithoutANameIsGreetedByItsSubject() {
        assertEquals("abc", new SignIn("abc", " ", Role.PATIENT).displayName());
    }
}

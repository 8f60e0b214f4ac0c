package org.visitprep.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.administration.Invitation.Problem;

class InvitationTest {

    @Test
    void a_complete_invitation_has_no_problem_and_is_tidied() {
        var invitation = new Invitation("  DrDave ", " Dave ", "Lister ", " dave@hospital.example ");

        assertTrue(invitation.problems().isEmpty());
        assertEquals("drdave", invitation.username());
        assertEquals("Dave", invitation.firstName());
        assertEquals("dave@hospital.example", invitation.email());
    }

    @Test
    void every_missing_or_malformed_field_is_named() {
        var invitation = new Invitation("a b", "", null, "not-an-address");

        assertEquals(
                List.of(
                        Problem.USERNAME_INVALID,
                        Problem.FIRST_NAME_MISSING,
                        Problem.LAST_NAME_MISSING,
                        Problem.EMAIL_INVALID),
                invitation.problems());
    }

    @Test
    void a_user_name_with_url_characters_is_refused() {
        assertEquals(List.of(Problem.USERNAME_INVALID), new Invitation("../admin", "A", "B", "a@b.example").problems());
        assertEquals(List.of(Problem.USERNAME_INVALID), new Invitation("x", "A", "B", "a@b.example").problems());
    }

    @Test
    void names_longer_than_a_hundred_characters_are_refused() {
        assertEquals(
                List.of(Problem.NAME_TOO_LONG),
                new Invitation("drlong", "A".repeat(101), "B", "a@b.example").problems());
    }

    @Test
    void the_admin_api_is_found_beside_the_realm() {
        // a realm URL that is not Keycloak's is refused before any call
        assertThrows(
                IllegalArgumentException.class,
                () -> new KeycloakAdmin(
                        java.net.URI.create("https://idp.example/oauth2"), "c", "s", java.time.Clock.systemUTC()));
    }
}

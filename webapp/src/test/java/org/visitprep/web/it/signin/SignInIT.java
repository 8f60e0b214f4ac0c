package org.visitprep.web.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.HomePage;
import org.visitprep.web.it.browser.KeycloakLoginPage;

class SignInIT extends PortalTest {

    @Test
    void alice_signs_in_on_keycloaks_page_and_lands_on_the_patient_home_showing_her_name() {
        signIn(DemoUser.ALICE, "/");

        var home = new HomePage(browser, HomePage.Of.PATIENT);
        assertEquals("Alice Wiza", home.signedInUser());
        assertEquals("Welcome, Alice Wiza", home.heading());
        assertEquals("en", home.language());
    }

    @Test
    void drbob_signs_in_and_lands_on_the_clinician_home() {
        signIn(DemoUser.DRBOB, "/");

        var home = new HomePage(browser, HomePage.Of.CLINICIAN);
        assertEquals("Bob Baker", home.signedInUser());
        assertTrue(home.heading().contains("Bob Baker"), home.heading());
    }

    @Test
    void the_administrator_signs_in_and_lands_on_the_administration_home() {
        signIn(DemoUser.ADMIN, "/");

        var home = new HomePage(browser, HomePage.Of.ADMIN);
        assertEquals("Ada Admin", home.signedInUser());
    }

    @Test
    void a_wrong_password_stays_on_keycloaks_page_with_its_error() {
        var login = openExpectingSignIn("/");
        login.signIn("alice", "not-her-password");

        var again = new KeycloakLoginPage(browser, stack().keycloak().baseUrl().getPort());
        assertTrue(again.error().toLowerCase().contains("invalid"), again.error());
        assertTrue(again.asksForPassword());
    }

    @Test
    void the_portal_speaks_french_when_asked_and_marks_the_page_as_french() {
        signIn(DemoUser.ALICE, "/");
        var home = new HomePage(browser, HomePage.Of.PATIENT);

        home.switchLanguage("fr");

        var french = new HomePage(browser, HomePage.Of.PATIENT);
        assertEquals("fr", french.language());
        assertEquals("Bienvenue, Alice Wiza", french.heading());
    }
}

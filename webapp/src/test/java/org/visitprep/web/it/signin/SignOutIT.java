package org.visitprep.web.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.HomePage;
import org.visitprep.web.it.browser.KeycloakLoginPage;

class SignOutIT extends PortalTest {

    @Test
    void after_signing_out_neither_back_nor_a_direct_address_shows_her_page_and_signing_in_asks_again() {
        signIn(DemoUser.ALICE, "/patient/home.xhtml");
        var home = new HomePage(browser, HomePage.Of.PATIENT);

        var signedOut = home.signOut();
        assertFalse(browser.pageSource().contains("Alice"), "the signed-out page shows nothing of Alice");

        browser.driver().navigate().back();
        var afterBack = new KeycloakLoginPage(browser, keycloakPort());
        assertTrue(afterBack.asksForPassword(), "going back asks for the password again");
        assertFalse(browser.pageSource().contains("Alice Wiza"));

        browser.go(portal("/patient/home.xhtml"));
        var direct = new KeycloakLoginPage(browser, keycloakPort());
        assertTrue(direct.asksForPassword(), "a direct address asks for the password again");

        direct.signIn(DemoUser.ALICE);
        assertEquals("Alice Wiza", new HomePage(browser, HomePage.Of.PATIENT).signedInUser());
    }

    @Test
    void signing_in_again_from_the_signed_out_page_asks_for_the_password() {
        signIn(DemoUser.DRBOB, "/");
        var signedOut = new HomePage(browser, HomePage.Of.CLINICIAN).signOut();

        signedOut.signInAgain();

        assertTrue(new KeycloakLoginPage(browser, keycloakPort()).asksForPassword());
    }

    private static int keycloakPort() {
        return stack().keycloak().baseUrl().getPort();
    }
}

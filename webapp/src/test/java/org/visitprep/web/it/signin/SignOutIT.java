package org.visitprep.web.it.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.ErrorPage;
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

    /** Posts a form the way another site would: to the portal's address, without the session's form token. */
    private void postFromAnotherSite(String path, String field, String value) {
        browser.driver()
                .executeScript(
                        "var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                                + "var i = document.createElement('input'); i.type = 'hidden'; i.name = arguments[1];"
                                + " i.value = arguments[2]; f.appendChild(i); document.body.appendChild(f); f.submit();",
                        portal(path).toString(),
                        field,
                        value);
        browser.waiting()
                .until(driver -> driver.findElements(By.id("error-heading")).size() > 0);
    }

    @Test
    void a_sign_out_or_a_language_change_posted_without_the_form_token_is_refused_and_changes_nothing() {
        signIn(DemoUser.ALICE, "/patient/home.xhtml");
        new HomePage(browser, HomePage.Of.PATIENT);

        postFromAnotherSite("/sign-out", "nothing", "x");
        var refused = new ErrorPage(browser);
        assertEquals("403", refused.status());
        assertTrue(browser.driver().findElement(By.id("refusal")).getText().contains("security token"));

        postFromAnotherSite("/language", "language", "fr");
        assertEquals("403", new ErrorPage(browser).status());

        browser.go(portal("/patient/home.xhtml"));
        var home = new HomePage(browser, HomePage.Of.PATIENT);
        assertEquals("Alice Wiza", home.signedInUser(), "still signed in");
        assertEquals("en", home.language(), "the language did not change");

        home.switchLanguage("fr");
        new HomePage(browser, HomePage.Of.PATIENT);
        postFromAnotherSite("/sign-out", "nothing", "x");
        assertTrue(browser.driver().findElement(By.id("refusal")).getText().contains("jeton de sécurité"));
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() {
        browser.go(portal("/signed-out.xhtml"));
        String before = sessionCookie();

        browser.driver().findElement(By.id("sign-in-again")).click();
        new KeycloakLoginPage(browser, keycloakPort()).signIn(DemoUser.ALICE);
        new HomePage(browser, HomePage.Of.PATIENT);

        String after = sessionCookie();
        assertFalse(before.equals(after), "the session id before sign-in is not the one after");
    }

    private String sessionCookie() {
        var cookie = browser.driver().manage().getCookieNamed("VISITPREP_SESSION");
        assertTrue(cookie != null, "the portal keeps a session cookie");
        assertTrue(cookie.isHttpOnly(), "the session cookie is out of scripts' reach");
        return cookie.getValue();
    }

    private static int keycloakPort() {
        return stack().keycloak().baseUrl().getPort();
    }
}

package org.visitprep.web.it;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.browser.KeycloakLoginPage;
import org.visitprep.web.it.stack.VisitPrepStack;

/**
 * The base of the browser tests: the stack runs once for all of them; each test gets a fresh browser with no
 * cookies, so no test inherits another's sign-in.
 */
@ExtendWith(VisitPrepStack.class)
public abstract class PortalTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected static VisitPrepStack.Running stack() {
        return VisitPrepStack.current();
    }

    protected static URI portal(String path) {
        return stack().portal().url(path);
    }

    /** Opens a portal address while signed out and expects Keycloak's sign-in page in its place. */
    protected KeycloakLoginPage openExpectingSignIn(String path) {
        browser.go(portal(path));
        return new KeycloakLoginPage(browser, stack().keycloak().baseUrl().getPort());
    }

    /** Signs the user in through Keycloak's page, starting from the given portal address. */
    protected void signIn(DemoUser user, String path) {
        openExpectingSignIn(path).signIn(user);
        browser.waitUntilBackAt(portal(path));
    }
}

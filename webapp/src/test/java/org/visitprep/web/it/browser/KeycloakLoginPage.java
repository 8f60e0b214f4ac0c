package org.visitprep.web.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keycloak's own sign-in page for the VisitPrep realm. */
public final class KeycloakLoginPage {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SIGN_IN = By.id("kc-login");
    private static final By ERROR = By.id("input-error-username");

    private final Browser browser;

    public KeycloakLoginPage(Browser browser, int keycloakPort) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        assertEquals(keycloakPort, browser.currentUrl().getPort(), "expected Keycloak's sign-in page");
        assertTrue(
                browser.currentUrl().getPath().startsWith("/realms/visitprep/"),
                browser.currentUrl().toString());
        Accessibility.assertNoSeriousViolations(browser.driver(), "Keycloak's sign-in page");
    }

    /** Whether the page asks for a password, as it does when no one is signed in. */
    public boolean asksForPassword() {
        return browser.driver().findElement(PASSWORD).isDisplayed();
    }

    public void signIn(String username, String password) {
        var name = browser.driver().findElement(USERNAME);
        name.clear();
        name.sendKeys(username);
        browser.driver().findElement(PASSWORD).sendKeys(password);
        browser.driver().findElement(SIGN_IN).click();
    }

    public void signIn(DemoUser user) {
        signIn(user.username(), user.password());
    }

    /** The error Keycloak shows beside the form after a failed attempt. */
    public String error() {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(ERROR))
                .getText();
    }
}

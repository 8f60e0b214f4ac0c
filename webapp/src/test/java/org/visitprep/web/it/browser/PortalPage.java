package org.visitprep.web.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Any page of the portal: the shared layout's header, navigation and main heading. */
public class PortalPage {

    private static final By MAIN_HEADING = By.cssSelector("main h1");
    private static final By SIGNED_IN_USER = By.id("signed-in-user");
    private static final By SIGN_OUT = By.id("sign-out");

    protected final Browser browser;

    protected PortalPage(Browser browser, String name) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(MAIN_HEADING));
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), name);
        browser.viewport().ifPresent(screen -> screen.check(browser, name));
    }

    /**
     * Checks the page again after it changed in place (a panel opened, a file imported): axe, and on an emulated
     * screen its own checks ({@link Viewport}).
     */
    public void checkAgain(String what) {
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), what);
        browser.viewport().ifPresent(screen -> screen.check(browser, what));
    }

    public String heading() {
        return browser.driver().findElement(MAIN_HEADING).getText();
    }

    /** The name the header shows for the signed-in person (on a phone, inside the closed menu too). */
    public String signedInUser() {
        return browser.driver()
                .findElement(SIGNED_IN_USER)
                .getDomProperty("textContent")
                .strip();
    }

    /** The header's menu: behind one button on a narrow screen, always shown on a wide one. */
    public SiteMenu menu() {
        return new SiteMenu(browser);
    }

    /** What the page shows a person, without its markup and scripts. */
    public String visibleText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** The {@code lang} attribute of the page. */
    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public String path() {
        return browser.currentUrl().getPath();
    }

    /** Switches the portal's language with the header's language buttons. */
    public void switchLanguage(String language) {
        var page = browser.driver().findElement(By.tagName("html"));
        menu().reveal();
        browser.driver()
                .findElement(By.cssSelector("button.vp-language[value='" + language + "']"))
                .click();
        browser.waiting().until(Browser.replaced(page));
    }

    public SignedOutPage signOut() {
        menu().reveal();
        browser.driver().findElement(SIGN_OUT).click();
        return new SignedOutPage(browser);
    }

    protected void assertPath(String expected) {
        assertEquals(expected, path(), "the page's address");
    }
}

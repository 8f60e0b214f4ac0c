package org.visitprep.web.it.browser;

import org.openqa.selenium.By;

/** The page that confirms signing out; it shows nothing of the person who left. */
public final class SignedOutPage extends PortalPage {

    public SignedOutPage(Browser browser) {
        super(browser, "signed-out page");
        assertPath("/signed-out.xhtml");
    }

    public void signInAgain() {
        browser.driver().findElement(By.id("sign-in-again")).click();
    }
}

package org.visitprep.web.it.browser;

import org.openqa.selenium.By;

/** The portal's error page for a status such as 403 or 404. */
public final class ErrorPage extends PortalPage {

    public ErrorPage(Browser browser) {
        super(browser, "error page");
    }

    /** The status the page explains, as it marks its heading. */
    public String status() {
        return browser.driver().findElement(By.id("error-heading")).getAttribute("data-error");
    }
}

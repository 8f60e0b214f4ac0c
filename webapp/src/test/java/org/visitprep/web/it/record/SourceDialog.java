package org.visitprep.web.it.record;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.Reflow;

/** The dialog showing an entry's original FHIR resource. */
public final class SourceDialog {

    private static final By JSON = By.id("source-json");

    private final Browser browser;

    SourceDialog(Browser browser) {
        this.browser = browser;
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(JSON));
        Accessibility.assertNoSeriousViolations(browser.driver(), "source dialog");
        Reflow.assertInsideViewport(
                browser.driver(), browser.driver().findElement(By.id("source-dialog")), "source dialog");
    }

    /** The resource as the dialog prints it. */
    public String json() {
        return browser.driver().findElement(JSON).getText();
    }

    public String resourceType() {
        return browser.driver().findElement(By.id("source-type")).getText();
    }

    public String broughtFrom() {
        return browser.driver().findElement(By.id("source-from")).getText();
    }

    public void close() {
        browser.driver().findElement(JSON).sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(JSON));
    }
}

package org.visitprep.web.it.smart;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.visitprep.web.it.browser.Browser;

/** The test EHR's sign-in and consent page ("Allow … to use your EHR data?"). */
public final class SandboxConsentPage {

    private static final By ALLOW = By.cssSelector("button[name=decision][value=allow]");
    private static final By DENY = By.cssSelector("button[name=decision][value=deny]");

    private final Browser browser;

    private SandboxConsentPage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.elementToBeClickable(ALLOW));
    }

    /** The page in the current browsing context (the whole tab, or the frame the browser is in). */
    public static SandboxConsentPage inThisFrame(Browser browser) {
        return new SandboxConsentPage(browser);
    }

    /** Signs in as this patient, for a patient's own launch. */
    public SandboxConsentPage signInAsPatient(String ehrPatientId) {
        new Select(browser.driver().findElement(By.id("patient"))).selectByValue(ehrPatientId);
        return this;
    }

    public void allow() {
        browser.driver().findElement(ALLOW).click();
    }

    public void deny() {
        browser.driver().findElement(DENY).click();
    }
}

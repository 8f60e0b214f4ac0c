package org.visitprep.web.it.smart;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.stack.VisitPrepStack;

/** The test EHR's page: a practitioner, a patient, and "Open VisitPrep for this patient". */
public final class SandboxEhrPage {

    /** The test EHR's practitioners, by their id there. */
    public enum Practitioner {
        DRBOB("drbob"),
        DRCAROL("drcarol");

        final String id;

        Practitioner(String id) {
            this.id = id;
        }
    }

    private final Browser browser;

    private SandboxEhrPage(Browser browser) {
        this.browser = browser;
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[type=submit]")));
    }

    public static SandboxEhrPage open(Browser browser) {
        browser.driver().switchTo().defaultContent();
        browser.go(VisitPrepStack.current().ehr().baseUrl());
        return new SandboxEhrPage(browser);
    }

    /** Chooses who and for whom, and presses the button (the launch starts when it is pressed). */
    public void openVisitPrepFor(Practitioner practitioner, String ehrPatientId) {
        browser.driver().findElement(By.id("practitioner-" + practitioner.id)).click();
        new Select(browser.driver().findElement(By.id("patient"))).selectByValue(ehrPatientId);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Opens VisitPrep for the patient, and answers the EHR's consent page in the frame with "Allow"; the browser is
     * left inside the frame, where VisitPrep shows next.
     */
    public void launchAndAllow(Practitioner practitioner, String ehrPatientId) {
        openVisitPrepFor(practitioner, ehrPatientId);
        enterFrame(browser);
        SandboxConsentPage.inThisFrame(browser).allow();
        awaitFrameAt(browser, "/smart/");
    }

    /**
     * Waits until the frame shows a page whose path starts so, and leaves the browser inside the frame. Each try looks
     * the frame up again from the top: while the frame navigates, the browser may leave its context.
     */
    public static void awaitFrameAt(Browser browser, String pathStart) {
        browser.waiting()
                .pollingEvery(Duration.ofMillis(50))
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    driver.switchTo().defaultContent();
                    driver.switchTo().frame(driver.findElement(By.cssSelector("main iframe")));
                    Object path = ((JavascriptExecutor) driver)
                            .executeScript("return document.readyState === 'complete' ? location.pathname : ''");
                    return String.valueOf(path).startsWith(pathStart);
                });
    }

    /**
     * Narrows VisitPrep's frame to a side panel of so many CSS pixels, as an EHR that docks apps beside its chart
     * does, and leaves the browser inside the frame once the page has laid itself out again.
     */
    public static void narrowFrameTo(Browser browser, int width) {
        browser.driver().switchTo().defaultContent();
        WebElement frame = browser.driver().findElement(By.cssSelector("main iframe"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].style.width = arguments[1] + 'px'", frame, width);
        browser.driver().switchTo().frame(frame);
        browser.waiting()
                .until(driver -> Math.abs(((Number) ((JavascriptExecutor) driver)
                                                .executeScript("return document.documentElement.clientWidth"))
                                        .intValue()
                                - width)
                        <= 20);
    }

    /** Switches into the EHR's VisitPrep frame once it is there. */
    public static void enterFrame(Browser browser) {
        WebElement frame =
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main iframe")));
        browser.driver().switchTo().frame(frame);
    }
}

package org.visitprep.web.it.smart;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** "My EHR records": the registered EHRs, connected or not, and what came of the last connection or re-sync. */
public final class PatientEhrPage extends PortalPage {

    public PatientEhrPage(Browser browser) {
        super(browser, "my EHR records");
        assertPath("/patient/ehr.xhtml");
    }

    private WebElement row(String key) {
        return browser.driver().findElement(By.cssSelector("tr.vp-ehr[data-ehr='" + key + "']"));
    }

    public boolean isConnected(String key) {
        return "true".equals(row(key).getAttribute("data-connected"));
    }

    public String status(String key) {
        return row(key).findElement(By.className("vp-ehr-status")).getText();
    }

    /** Presses "Connect": the browser goes to the EHR's sign-in and consent page. */
    public SandboxConsentPage connect(String key) {
        row(key).findElement(By.cssSelector("button[id$=':connect']")).click();
        return SandboxConsentPage.inThisFrame(browser);
    }

    public PatientEhrPage resync(String key) {
        row(key).findElement(By.cssSelector("button[id$=':resync']")).click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ehrs:arrival")));
        return new PatientEhrPage(browser);
    }

    /** Presses "Disconnect" and confirms in the dialog. */
    public PatientEhrPage disconnect(String key) {
        row(key).findElement(By.cssSelector("button[id$=':disconnect']")).click();
        WebElement yes = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("ehrs:confirm-yes")));
        Accessibility.assertNoSeriousViolations(browser.driver(), "the disconnect confirmation");
        yes.click();
        browser.waitForAjax();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ehrs:arrival")));
        return new PatientEhrPage(browser);
    }

    /** Whether the last connection or re-sync brought nothing in. */
    public boolean arrivalFailed() {
        return "true".equals(browser.driver().findElement(By.id("ehrs:arrival")).getAttribute("data-failed"));
    }

    public String arrivalText() {
        return browser.driver().findElement(By.id("ehrs:arrival")).getText();
    }

    /** How many entries of each kind arrived, by kind code. */
    public Map<String, Integer> arrivedKinds() {
        return browser.driver().findElements(By.cssSelector("li.vp-arrived-kind")).stream()
                .collect(Collectors.toMap(
                        item -> item.getAttribute("data-kind"),
                        item -> Integer.parseInt(
                                item.getText().replaceAll(".*:\\s*", "").strip())));
    }

    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#ehrs\\:messages li")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

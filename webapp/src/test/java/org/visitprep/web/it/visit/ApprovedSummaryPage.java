package org.visitprep.web.it.visit;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.visitprep.web.it.browser.Accessibility;
import org.visitprep.web.it.browser.Browser;
import org.visitprep.web.it.browser.PortalPage;

/** The patient's approved summary: read-only, with its print view, its PDF, and sharing. */
public final class ApprovedSummaryPage extends PortalPage {

    /** One share as the page lists it. */
    public record Share(String grantId, String with, String state) {}

    private final SummarySentences sentences;

    ApprovedSummaryPage(Browser browser) {
        super(browser, "approved summary");
        assertPath("/patient/summary.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approved-note")));
        sentences = new SummarySentences(browser);
    }

    public List<SummarySentences.Sentence> sentences() {
        return sentences.all();
    }

    SummarySentences.Sources openSources(int number) {
        return sentences.openSources(number);
    }

    void closeSources(int number) {
        sentences.closeSources(number);
    }

    /** Checks the page's accessibility with whatever sources are open. */
    void checkAccessibility() {
        sentences.checkAccessibility("the approved summary with sources open");
    }

    String openOriginal(int number, int recordRow) {
        return sentences.openOriginal(number, recordRow);
    }

    /** Shares with someone chosen by the name the list shows, until the day suggested. */
    public ApprovedSummaryPage shareWith(String name) {
        new Select(browser.driver().findElement(By.id("share:grantee"))).selectByVisibleText(name);
        browser.driver().findElement(By.id("share:share-button")).click();
        browser.waitForAjax();
        Accessibility.assertNoSeriousViolations(browser.driver(), "approved summary after sharing");
        return this;
    }

    public List<Share> shares() {
        return browser.driver().findElements(By.cssSelector("tr.vp-grant")).stream()
                .map(row -> new Share(
                        row.getAttribute("data-grant"),
                        row.findElement(By.className("vp-grantee")).getText(),
                        row.findElement(By.className("vp-grant-state")).getText()))
                .toList();
    }

    String shareMessages() {
        return browser.driver().findElements(By.id("share:share-messages")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    public SummaryPrintPage printView(String paper) {
        browser.driver().findElement(By.id("print-" + paper)).click();
        return new SummaryPrintPage(browser);
    }

    /** The address the "Download PDF" link of the paper size points to. */
    public URI pdfAddress(String paper) {
        WebElement link = browser.driver().findElement(By.id("pdf-" + paper));
        return URI.create(link.getAttribute("href"));
    }

    SharingPage seeEveryAccess() {
        browser.driver().findElement(By.id("share:access-log-link")).click();
        return new SharingPage(browser);
    }
}
